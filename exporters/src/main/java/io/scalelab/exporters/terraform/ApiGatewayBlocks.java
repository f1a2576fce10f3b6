package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import io.scalelab.exporters.terraform.hcl.ObjectBuilder;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.Service;
import io.scalelab.model.region.Region;
import io.scalelab.model.topology.Connection;
import java.util.List;

/**
 * API Gateway HTTP APIs in front of a Lambda function: the API, its Lambda proxy integration on the
 * default route, a default stage throttled at the design's rate and burst, the permission for API
 * Gateway to invoke the function, and, when Route 53 points at the API, its custom domain.
 */
final class ApiGatewayBlocks implements ModulePart {

  @Override
  public String file() {
    return "api_gateway.tf";
  }

  @Override
  public boolean used(Plan plan) {
    return !plan.all(ApiGateway.class).isEmpty();
  }

  /** The Lambda function an API calls; the export refuses other targets (see Exportable). */
  static String target(Plan plan, ApiGateway api) {
    return plan.from(api.id()).get(0).to();
  }

  /** Whether a Route 53 zone of the design points at the API. */
  static boolean behindDns(Plan plan, ApiGateway api) {
    return plan.to(api.id()).stream()
        .anyMatch(c -> plan.component(c.from()).filter(Dns.class::isInstance).isPresent());
  }

  /** Throws for an API the export cannot write. */
  static void check(Plan plan) throws TerraformException {
    for (ApiGateway api : plan.all(ApiGateway.class)) {
      List<Connection> out = plan.from(api.id());
      boolean lambda =
          out.size() == 1
              && plan.component(out.get(0).to())
                  .filter(c -> c instanceof Service s && s.platform() == Service.Platform.LAMBDA)
                  .filter(c -> c.region().equals(api.region()))
                  .isPresent();
      if (!lambda) {
        throw new TerraformException(
            "component '"
                + api.id()
                + "': the Terraform export writes an API Gateway in front of one Lambda function of"
                + " its region; this one calls "
                + out.stream().map(Connection::to).toList()
                + " (routes to several targets need paths the design does not have)");
      }
    }
  }

  @Override
  public Body variables(Plan plan) {
    return Body.builder()
        .add(
            Tf.variable(
                "apis",
                "HTTP APIs by component id: the Lambda function each proxies to, its throttling,"
                    + " and its custom domain (null for none).",
                Tf.mapOfObjects(
                    ObjectBuilder.object()
                        .put("name", Tf.type("string"))
                        .put("lambda", Tf.type("string"))
                        .put("throttle_rate", Tf.type("number"))
                        .put("throttle_burst", Tf.type("number"))
                        .put("domain_name", Tf.optional(Tf.type("string")))
                        .put("certificate_arn", Tf.optional(Tf.type("string")))),
                ObjectBuilder.object().build()))
        .build();
  }

  @Override
  public Body resources(Plan plan) {
    Body.Builder b = Body.builder();
    b.add(
        Tf.resource(
            "aws_apigatewayv2_api",
            "this",
            x -> {
              x.ref("for_each", "var.apis");
              x.gap();
              x.ref("name", "each.value.name");
              x.attr("protocol_type", "HTTP");
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        Tf.resource(
            "aws_apigatewayv2_integration",
            "this",
            x -> {
              x.ref("for_each", "var.apis");
              x.gap();
              x.ref("api_id", "aws_apigatewayv2_api.this[each.key].id");
              x.attr("integration_type", "AWS_PROXY");
              x.ref("integration_uri", "aws_lambda_function.this[each.value.lambda].invoke_arn");
              x.attr("payload_format_version", "2.0");
            }));
    b.add(
        Tf.resource(
            "aws_apigatewayv2_route",
            "this",
            x -> {
              x.ref("for_each", "var.apis");
              x.gap();
              x.ref("api_id", "aws_apigatewayv2_api.this[each.key].id");
              x.attr("route_key", "$default");
              x.attr(
                  "target",
                  template("integrations/", ref("aws_apigatewayv2_integration.this[each.key].id")));
            }));
    b.add(
        Tf.resource(
            "aws_apigatewayv2_stage",
            "this",
            x -> {
              x.ref("for_each", "var.apis");
              x.gap();
              x.ref("api_id", "aws_apigatewayv2_api.this[each.key].id");
              x.attr("name", "$default");
              x.attr("auto_deploy", true);
              x.gap();
              x.comment("The design's token bucket: steady rate and burst, in requests.");
              x.block(
                  "default_route_settings",
                  s -> {
                    s.ref("throttling_rate_limit", "each.value.throttle_rate");
                    s.ref("throttling_burst_limit", "each.value.throttle_burst");
                  });
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        Tf.resource(
            "aws_lambda_permission",
            "api",
            x -> {
              x.ref("for_each", "var.apis");
              x.gap();
              x.attr("statement_id", "api-gateway");
              x.attr("action", "lambda:InvokeFunction");
              x.ref("function_name", "aws_lambda_function.this[each.value.lambda].function_name");
              x.attr("principal", "apigateway.amazonaws.com");
              x.attr(
                  "source_arn",
                  template(ref("aws_apigatewayv2_api.this[each.key].execution_arn"), "/*/*"));
            }));
    Expr withDomain = op(ref("a.domain_name"), "!=", nil());
    b.add(
        Tf.resource(
            "aws_apigatewayv2_domain_name",
            "this",
            x -> {
              x.attr(
                  "for_each", forObject("k", "a", ref("var.apis"), ref("k"), ref("a"), withDomain));
              x.gap();
              x.ref("domain_name", "each.value.domain_name");
              x.gap();
              x.block(
                  "domain_name_configuration",
                  d -> {
                    d.ref("certificate_arn", "each.value.certificate_arn");
                    d.attr("endpoint_type", "REGIONAL");
                    d.attr("security_policy", "TLS_1_2");
                  });
              x.gap();
              Tf.eachTags(x, ref("each.value.name"));
            }));
    b.add(
        Tf.resource(
            "aws_apigatewayv2_api_mapping",
            "this",
            x -> {
              x.ref("for_each", "aws_apigatewayv2_domain_name.this");
              x.gap();
              x.ref("api_id", "aws_apigatewayv2_api.this[each.key].id");
              x.ref("domain_name", "each.value.id");
              x.ref("stage", "aws_apigatewayv2_stage.this[each.key].id");
            }));
    return b.build();
  }

  @Override
  public Body outputs(Plan plan) {
    return Body.builder()
        .add(
            Tf.output(
                "api_endpoints",
                "Invoke URLs of the HTTP APIs by component id.",
                forObject(
                    "k", "a", ref("aws_apigatewayv2_api.this"), ref("k"), ref("a.api_endpoint"))))
        .add(
            Tf.output(
                "api_hosts",
                "Host names of the HTTP APIs' default endpoints (CloudFront origins).",
                forObject(
                    "k",
                    "a",
                    ref("aws_apigatewayv2_api.this"),
                    ref("k"),
                    Expr.call("trimprefix", ref("a.api_endpoint"), Expr.str("https://")))))
        .add(
            Tf.output(
                "api_domain_targets",
                "Regional domain names and zone ids behind the APIs' custom domains (alias targets).",
                forObject(
                    "k",
                    "d",
                    ref("aws_apigatewayv2_domain_name.this"),
                    ref("k"),
                    ObjectBuilder.object()
                        .put("name", ref("d.domain_name_configuration[0].target_domain_name"))
                        .put("zone_id", ref("d.domain_name_configuration[0].hosted_zone_id"))
                        .build())))
        .build();
  }

  @Override
  public void inputs(Plan plan, Region region, Body.Builder module) {
    List<ApiGateway> apis = plan.in(ApiGateway.class, region);
    if (apis.isEmpty()) {
      return;
    }
    ObjectBuilder all = ObjectBuilder.object();
    for (ApiGateway api : apis) {
      boolean dns = behindDns(plan, api);
      all.put(
          api.id(),
          ObjectBuilder.object()
              .put("name", plan.awsName(Limits.API_NAME, region, api.id()))
              .put("lambda", target(plan, api))
              .put("throttle_rate", Expr.num(api.throttleRate().perSecond()))
              .put("throttle_burst", api.throttleBurst())
              .put("domain_name", dns ? EdgeBlocks.recordName(plan) : nil())
              .put(
                  "certificate_arn",
                  dns ? ref("var.certificate_arns[\"" + api.id() + "\"]") : nil())
              .build());
    }
    module.attr("apis", all.build());
  }
}

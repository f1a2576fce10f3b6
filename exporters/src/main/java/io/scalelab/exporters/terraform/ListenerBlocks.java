package io.scalelab.exporters.terraform;

import static io.scalelab.exporters.terraform.hcl.Expr.cond;
import static io.scalelab.exporters.terraform.hcl.Expr.forObject;
import static io.scalelab.exporters.terraform.hcl.Expr.list;
import static io.scalelab.exporters.terraform.hcl.Expr.nil;
import static io.scalelab.exporters.terraform.hcl.Expr.num;
import static io.scalelab.exporters.terraform.hcl.Expr.op;
import static io.scalelab.exporters.terraform.hcl.Expr.ref;
import static io.scalelab.exporters.terraform.hcl.Expr.str;
import static io.scalelab.exporters.terraform.hcl.Expr.template;

import io.scalelab.exporters.terraform.hcl.Body;
import io.scalelab.exporters.terraform.hcl.Expr;
import java.util.List;

/**
 * The listeners of the load balancers Terraform creates (part of {@link LoadBalancerBlocks}): HTTP,
 * and HTTPS with the user's certificate.
 */
final class ListenerBlocks {

  private ListenerBlocks() {}

  static void listeners(Body.Builder b) {
    Expr plain = op(ref("each.value.certificate_arn"), "==", nil());
    b.comment("HTTP forwards to the targets; with a certificate it redirects to HTTPS instead.");
    b.add(
        Tf.resource(
            "aws_lb_listener",
            "http",
            x -> {
              x.ref("for_each", "var.load_balancers");
              x.gap();
              x.ref("load_balancer_arn", "aws_lb.this[each.key].arn");
              x.attr("port", 80);
              x.attr("protocol", "HTTP");
              x.gap();
              x.block(
                  "default_action",
                  a -> {
                    a.attr("type", cond(plain, str("forward"), str("redirect")));
                    a.gap();
                    a.block(
                        "dynamic",
                        List.of("forward"),
                        d -> {
                          d.attr("for_each", cond(plain, list(num(1)), list()));
                          d.gap();
                          d.block("content", ListenerBlocks::weightedTargets);
                        });
                    a.block(
                        "dynamic",
                        List.of("redirect"),
                        d -> {
                          d.attr("for_each", cond(plain, list(), list(num(1))));
                          d.gap();
                          d.block(
                              "content",
                              c -> {
                                c.attr("port", "443");
                                c.attr("protocol", "HTTPS");
                                c.attr("status_code", "HTTP_301");
                              });
                        });
                  });
              x.gap();
              Tf.eachTags(x, Tf.eachName("-http"));
            }));
    b.add(
        Tf.resource(
            "aws_lb_listener",
            "https",
            x -> {
              x.attr(
                  "for_each",
                  forObject(
                      "k",
                      "lb",
                      ref("var.load_balancers"),
                      ref("k"),
                      ref("lb"),
                      op(ref("lb.certificate_arn"), "!=", nil())));
              x.gap();
              x.ref("load_balancer_arn", "aws_lb.this[each.key].arn");
              x.attr("port", 443);
              x.attr("protocol", "HTTPS");
              x.attr("ssl_policy", LoadBalancerBlocks.TLS_POLICY);
              x.ref("certificate_arn", "each.value.certificate_arn");
              x.gap();
              x.block(
                  "default_action",
                  a -> {
                    a.attr("type", "forward");
                    a.gap();
                    a.block("forward", ListenerBlocks::weightedTargets);
                  });
              x.gap();
              Tf.eachTags(x, Tf.eachName("-https"));
            }));
  }

  /** The target groups of a listener, weighted as the design shares the traffic. */
  static void weightedTargets(Body.Builder f) {
    f.block(
        "dynamic",
        List.of("target_group"),
        d -> {
          d.ref("for_each", "each.value.targets");
          d.gap();
          d.block(
              "content",
              c -> {
                c.attr(
                    "arn",
                    Expr.at(
                        "aws_lb_target_group.this",
                        template(ref("each.key"), "/", ref("target_group.key")),
                        ".arn"));
                c.ref("weight", "target_group.value");
              });
        });
  }
}

package io.scalelab.app.gui.canvas;

import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Cache;
import io.scalelab.model.component.Cdn;
import io.scalelab.model.component.Component;
import io.scalelab.model.component.Database;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.KeyValueStore;
import io.scalelab.model.component.LoadBalancer;
import io.scalelab.model.component.ObjectStore;
import io.scalelab.model.component.Queue;
import io.scalelab.model.component.Service;
import io.scalelab.model.component.Stream;
import io.scalelab.model.component.Topic;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.component.Waf;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.unit.Units;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one-line summary a node shows under its id: the setting that sizes it, e.g. {@code
 * 4×m5.large}, {@code 50–400 pods · m6i.large} or {@code db.r6g.large +2 replicas · Multi-AZ}.
 */
public final class NodeLabels {

  private NodeLabels() {}

  /** The key setting of a component. */
  public static String keySetting(Component c) {
    if (c instanceof Service s) {
      return service(s);
    } else if (c instanceof Database d) {
      return database(d);
    } else if (c instanceof Cache k) {
      return (k.nodes() > 1 ? k.nodes() + "×" : "") + k.nodeType();
    } else if (c instanceof UserOrigin u) {
      return u.share().map(s -> percent(s) + " · ").orElse("") + c.region();
    } else if (c instanceof Dns d) {
      return "Route 53 · " + d.routing().fileName() + " routing";
    } else if (c instanceof Cdn d) {
      return "CloudFront · " + percent(d.cacheableShare()) + " cacheable";
    } else if (c instanceof Waf w) {
      return "WAF · " + w.rules() + " rules";
    } else if (c instanceof LoadBalancer lb) {
      return (lb.internal() ? "internal ALB · " : "ALB · ")
          + lb.algorithm().fileName().replace("-requests", "").replace('-', ' ');
    } else if (c instanceof ApiGateway g) {
      return "API Gateway · " + Units.format(g.throttleRate());
    } else if (c instanceof KeyValueStore k) {
      return "DynamoDB · "
          + k.capacity().fileName()
          + k.dax().map(x -> " + DAX " + x.nodes() + "×" + x.nodeType()).orElse("");
    } else if (c instanceof Queue q) {
      return "SQS · " + q.ordering().fileName();
    } else if (c instanceof Stream s) {
      return "Kinesis · " + s.shards() + (s.shards() == 1 ? " shard" : " shards");
    } else if (c instanceof Topic t) {
      return "SNS · " + t.ordering().fileName();
    } else if (c instanceof ObjectStore o) {
      return o.versioning() ? "S3 · versioned" : "S3";
    }
    throw new IllegalArgumentException("no label for " + c.type());
  }

  /**
   * The zones a component spans, shortened to their letters, and a database's standby: e.g. {@code
   * AZ a b · Multi-AZ}.
   */
  public static String zones(Component c) {
    String zones =
        c.zones().isEmpty()
            ? ""
            : "AZ "
                + c.zones().stream()
                    .map(AvailabilityZone::name)
                    .map(z -> z.substring(z.length() - 1))
                    .collect(Collectors.joining(" "));
    if (c instanceof Database d && d.multiAz() != Database.MultiAz.NONE) {
      String standby = d.multiAz() == Database.MultiAz.CLUSTER ? "Multi-AZ cluster" : "Multi-AZ";
      return zones.isEmpty() ? standby : zones + " · " + standby;
    }
    return zones;
  }

  private static String service(Service s) {
    if (s.host().isPresent()) {
      return "on " + s.host().get();
    }
    if (s.platform() == Service.Platform.LAMBDA) {
      return "Lambda · " + s.memory().map(Units::format).orElse("");
    }
    String type = s.instanceType().orElse(Service.DEFAULT_INSTANCE_TYPE);
    String count;
    if (s.scaling() instanceof Service.Scaling.Autoscaled a) {
      count = a.min() + "–" + a.max();
    } else if (s.scaling() instanceof Service.Scaling.Fixed f) {
      count = Integer.toString(f.instances());
    } else {
      count = "?";
    }
    return s.platform() == Service.Platform.EKS ? count + " pods · " + type : count + "×" + type;
  }

  private static String database(Database d) {
    StringBuilder sb = new StringBuilder(d.instanceClass().orElse(d.engine().fileName()));
    if (d.host().isPresent()) {
      sb.append(" on ").append(d.host().get());
    }
    int replicas = d.readReplicas().size();
    if (replicas > 0) {
      sb.append(" +").append(replicas).append(replicas == 1 ? " replica" : " replicas");
    }
    return sb.toString();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}

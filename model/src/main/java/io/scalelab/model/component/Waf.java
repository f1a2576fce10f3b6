package io.scalelab.model.component;

/**
 * AWS WAF: a web ACL evaluated on every request before it reaches what the WAF is connected to.
 *
 * @param rules the number of rules evaluated per request, 1–100 (the default web ACL rule quota is
 *     100, AWS WAF Developer Guide, "AWS WAF quotas")
 */
public record Waf(Basics basics, int rules) implements Component {

  /**
   * Default rules: 5, e.g. the AWS managed core, known-bad-inputs, IP reputation and two rate
   * rules.
   */
  public static final int DEFAULT_RULES = 5;

  /** Most rules a web ACL may hold. */
  public static final int MAX_RULES = 100;

  public Waf {
    Checks.inRange("rules", rules, 1, MAX_RULES);
  }

  @Override
  public ComponentType type() {
    return ComponentType.WAF;
  }
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pickRoutingRule = pickRoutingRule;
function score(rule, subject) {
    if (rule.kind !== null && rule.kind !== subject.kind)
        return null;
    const categoryIndex = rule.categoryId === null ? -1 : subject.categoryChain.indexOf(rule.categoryId);
    if (rule.categoryId !== null && categoryIndex < 0)
        return null;
    const areaIndex = rule.areaId === null ? -1 : subject.areaChain.indexOf(rule.areaId);
    if (rule.areaId !== null && areaIndex < 0)
        return null;
    const criteria = Number(rule.kind !== null) + Number(rule.categoryId !== null) + Number(rule.areaId !== null);
    // A rule on the case's own category beats one on a parent category; a criterion left open counts as farthest.
    const closeness = (index) => (index < 0 ? -1000 : -index);
    return [criteria, rule.priority, closeness(categoryIndex), closeness(areaIndex)];
}
function compare(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/**
 * The most specific matching rule: the one naming the most criteria (kind, category, area); among those, the
 * highest priority (so "every denunciation goes to the inspectorate" can outrank a category rule); then the one
 * whose category and area are nearest the case's own in their trees. Null when none matches.
 */
function pickRoutingRule(rules, subject) {
    let best = null;
    for (const rule of rules) {
        const s = score(rule, subject);
        if (s && (!best || compare(s, best.score) > 0))
            best = { rule, score: s };
    }
    return best?.rule ?? null;
}
//# sourceMappingURL=pick-routing-rule.js.map
import {
  wantsDefinitions
} from "./chunk-XTWTDJUK.js";
import "./chunk-ICBU4LL7.js";

// src/labels/definitions.ts
function planDefinitions(definitions, existing) {
  const byName = new Map(existing.map((l) => [l.name.toLowerCase(), l]));
  const ops = [];
  for (const def of definitions) {
    const color = def.color.replace(/^#/, "").toLowerCase();
    const current = byName.get(def.name.toLowerCase());
    if (!current) {
      ops.push({
        kind: "create-label",
        name: def.name,
        color,
        description: def.description,
        why: "defined in the config and missing from the repository"
      });
    } else if (current.color.toLowerCase() !== color || (current.description ?? "") !== def.description) {
      const what = [
        current.color.toLowerCase() !== color ? `colour ${current.color} \u2192 ${color}` : "",
        (current.description ?? "") !== def.description ? "description" : ""
      ].filter(Boolean).join(", ");
      ops.push({
        kind: "update-label",
        name: current.name,
        color,
        description: def.description,
        why: `differs from its definition (${what})`
      });
    }
  }
  return ops;
}
var definitionsFeature = {
  name: "label definitions",
  wants: wantsDefinitions,
  async run(ctx) {
    const existing = await ctx.github.paginate("GET /repos/{owner}/{repo}/labels", { ...ctx.event.repo });
    const plan = planDefinitions(ctx.config.labels.definitions, existing);
    const results = await ctx.apply(plan);
    const lines = results.map(
      (r) => `- ${r.op.kind === "create-label" ? "create" : "update"} \`${"name" in r.op ? r.op.name : ""}\`: ${r.status}`
    );
    return {
      summary: `Checked ${ctx.config.labels.definitions.length} defined label(s) against ${existing.length} in the repository.${lines.length ? "\n\n" + lines.join("\n") : " All match."}`
    };
  }
};
export {
  definitionsFeature,
  planDefinitions
};

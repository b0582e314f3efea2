import {
  handles as handles2,
  wants as wants2
} from "./chunk-H4XTA2PO.js";
import {
  handles as handles4,
  handlesDefinitions,
  wants as wants4,
  wantsDefinitions
} from "./chunk-XTWTDJUK.js";
import {
  handles as handles3,
  wants as wants3
} from "./chunk-OMOOQ22A.js";
import {
  handles,
  wants
} from "./chunk-ZASDCANV.js";

// src/features.ts
var EMPTY_OUTPUTS = {
  plan: "[]",
  writes: "0",
  "writes-skipped": "0",
  "dry-run": "false",
  "labels-added": "[]",
  "labels-removed": "[]",
  epics: "[]",
  verdict: "no-data",
  gates: "[]",
  "new-failures": "[]",
  escalations: "[]"
};
function lazy(name, section, [handles5, wants5], load) {
  return {
    name,
    handles: handles5,
    // `handles` first: a feature never wants an event it said no config could make it act on.
    wants: (ctx) => handles5(ctx.event) && wants5({ ...ctx, config: section(ctx.config) }),
    run: async (ctx) => (await load()).run({ ...ctx, config: section(ctx.config) })
  };
}
var labels = ({ config }) => ({ labels: config.labels, epicLabel: config.epics.label });
var gates = ({ config, ifNoReports }) => ({
  gates: config.gates,
  ifNoReports,
  conversationByEscalations: config.escalations.enabled && config.escalations.threshold.enabled
});
var epics = ({ config }) => ({
  epics: config.epics,
  escalationLabel: config.escalations.label
});
var escalations = ({ config: { escalations: escalations2, epics: epics2 } }) => ({
  escalations: escalations2,
  epics: {
    label: epics2.label,
    types: epics2.types,
    project: epics2.project,
    "not-planned": epics2["not-planned"],
    sections: epics2.sections
  }
});
var features = [
  lazy(
    "label definitions",
    labels,
    [handlesDefinitions, wantsDefinitions],
    async () => (await import("./definitions-MSQTKENH.js")).definitionsFeature
  ),
  lazy("labels", labels, [handles4, wants4], async () => (await import("./labels-NSUIRQNW.js")).labelsFeature),
  lazy("quality gates", gates, [handles3, wants3], async () => (await import("./gates-XVSI3S63.js")).gatesFeature),
  lazy("epics", epics, [handles, wants], async () => (await import("./epics-4Y4ERETS.js")).epicsFeature),
  lazy(
    "escalations",
    escalations,
    [handles2, wants2],
    async () => (await import("./escalations-WCRX4TLJ.js")).escalationsFeature
  )
];
function anyFeatureHandles(event) {
  return features.some((feature) => feature.handles(event));
}

// src/config/where.ts
import { isAbsolute, join } from "node:path";
var DEFAULT_CONFIG_PATH = ".github/epic-steward.yml";
function workspaceConfigPath(path, event) {
  if (baseOnly(event) || !event.workspace) return void 0;
  return isAbsolute(path) ? path : join(event.workspace, path);
}
function baseOnly(event) {
  return event.name === "pull_request_target" || event.name === "workflow_run";
}

// src/config/error.ts
var ConfigError = class extends Error {
  constructor(file, line, key, problem) {
    super(`${file}:${line}: ${key ? `\`${key}\`: ` : ""}${problem}`);
    this.file = file;
    this.line = line;
    this.key = key;
    this.problem = problem;
    this.name = "ConfigError";
  }
  file;
  line;
  key;
  problem;
  /** Every problem of the file, in line order; the message lists them all, one a line. */
  problems = [this];
  static of(problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const first = sorted[0];
    first.problems = sorted;
    if (sorted.length > 1)
      first.message = `${sorted.length} problems:
${sorted.map((p) => p.message.split("\n")[0]).join("\n")}`;
    return first;
  }
};

export {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  workspaceConfigPath,
  EMPTY_OUTPUTS,
  features,
  anyFeatureHandles
};

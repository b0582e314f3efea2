import { createRequire as __esCreateRequire } from 'node:module'; const require = __esCreateRequire(import.meta.url);
import {
  DURATION_PATTERN,
  describeOp,
  hexColor,
  lookupLabels,
  opIssue
} from "./chunk-2RDO2Z6C.js";
import {
  ConfigError,
  EMPTY_OUTPUTS,
  features,
  workspaceConfigPath
} from "./chunk-YIBL4WD6.js";
import "./chunk-H4XTA2PO.js";
import {
  compilePattern
} from "./chunk-GYYBTY4M.js";
import "./chunk-HVLJS4VM.js";
import "./chunk-XTWTDJUK.js";
import {
  findComment
} from "./chunk-5P4DI77Q.js";
import {
  gatesSchema
} from "./chunk-OMOOQ22A.js";
import {
  Minimatch
} from "./chunk-ZO2D5FDO.js";
import {
  httpStatus
} from "./chunk-Q4KVXVOF.js";
import "./chunk-ZASDCANV.js";
import {
  LABEL_NAME,
  LIMITS,
  fitBytes
} from "./chunk-KXFB2X2G.js";
import {
  runUrl,
  stripSource,
  withSource
} from "./chunk-44D2BK3U.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ICBU4LL7.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer2 = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer2}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/apply/executor.ts
var PROJECT_STATUS_MUTATION = (
  /* GraphQL */
  `
  mutation EpicProjectStatus(
    $projectId: ID!
    $status: ProjectV2StatusUpdateStatus!
    $body: String!
    $targetDate: Date
  ) {
    createProjectV2StatusUpdate(
      input: { projectId: $projectId, status: $status, body: $body, targetDate: $targetDate }
    ) {
      statusUpdate {
        id
        status
        createdAt
      }
    }
  }
`
);
var ANNOTATIONS_PER_REQUEST = 50;
var Executor = class {
  constructor(options) {
    this.options = options;
  }
  options;
  results = [];
  writes = 0;
  /** Writes GitHub refused for lack of permission: the permission to add -> what to tell the user. */
  refused = /* @__PURE__ */ new Map();
  /** Lower-cased label names known to exist in the event's repository. */
  knownLabels = /* @__PURE__ */ new Set();
  /** The page of the check run this run wrote (or found unchanged): later comments link to it. */
  checkUrl;
  get budgetExhausted() {
    return this.writes >= this.options.maxWrites;
  }
  async apply(plan) {
    const results = [];
    for (const [issue, ops] of groupByIssue(plan)) {
      const { log } = this.options;
      if (issue !== void 0) log.startGroup(`[#${issue}]`);
      try {
        results.push(...await this.applyGroup(ops));
      } finally {
        if (issue !== void 0) log.endGroup();
      }
    }
    return results;
  }
  /** One issue's operations in order; the first failure marks the rest of them not attempted. */
  async applyGroup(ops) {
    const results = [];
    let stopped;
    for (const op of ops) {
      const result = stopped ? { op, status: "failed", writes: 0, detail: `not attempted: ${stopped}` } : await this.applyOne(op);
      if (result.status === "failed" && !stopped && !result.refused)
        stopped = result.detail ?? "an earlier write failed";
      results.push(result);
      this.results.push(result);
      this.options.log.info(
        `${prefix(op)}${describeOp(op)}: ${result.status}${result.detail ? ` (${result.detail})` : ""} \u2014 ${op.why}`
      );
    }
    return results;
  }
  async applyOne(op) {
    if (this.options.dryRun) return { op, status: "dry-run", writes: 0 };
    const needed = permissionFor(op);
    const refused = this.refused.get(needed);
    if (refused) return { op, status: "failed", writes: 0, detail: refused, refused: true };
    const before = this.writes;
    try {
      const outcome = await this.perform(op);
      return { op, writes: this.writes - before, ...outcome };
    } catch (error2) {
      const status = httpStatus(error2);
      const message = error2 instanceof Error ? error2.message : String(error2);
      const issue = opIssue(op);
      if (issue !== void 0 && (status === 410 || status === 301)) {
        const what = status === 410 ? "was deleted" : "was transferred to another repository (the redirect is not followed)";
        return {
          op,
          status: "failed",
          writes: this.writes - before,
          detail: `issue #${issue} ${what}: its operations are skipped, the rest of the plan goes on`
        };
      }
      if (status === 403 && !/rate limit/i.test(message)) {
        const problem = `GitHub refused the write (403: ${message}); the workflow needs \`permissions: ${needed}\``;
        this.refused.set(needed, problem);
        return { op, status: "failed", writes: this.writes - before, detail: problem, refused: true };
      }
      return {
        op,
        status: "failed",
        writes: this.writes - before,
        detail: `${status ? `HTTP ${status}: ` : ""}${message}`
      };
    }
  }
  /** Reserves `count` writes from the budget, or says the operation is over budget. */
  reserve(count = 1) {
    if (this.writes + count > this.options.maxWrites) return false;
    this.writes += count;
    return true;
  }
  repoOf(op) {
    return op.repo ?? this.options.repo;
  }
  async perform(op) {
    const repo = this.repoOf(op);
    switch (op.kind) {
      case "create-label":
      case "update-label":
        return this.labelDefinitionWrite(op, repo);
      case "set-body":
        return this.setBody(op, repo);
      case "add-labels":
      case "remove-label":
        return this.issueLabelWrite(op, repo);
      case "upsert-comment":
        return this.upsertComment(op, repo);
      case "set-issue-state": {
        if (!this.reserve()) return this.overBudget();
        await this.options.github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number: op.issue,
          state: op.state,
          ...op.stateReason ? { state_reason: op.stateReason } : {}
        });
        return { status: "applied" };
      }
      case "check-run":
        return this.checkRun(op, repo);
      case "set-issue-field":
      case "project-status":
        return this.reserve() ? this.planningWrite(op, repo) : this.overBudget();
    }
  }
  /** What an operation the budget has no write left for reports. */
  overBudget() {
    return { status: "over-budget", detail: `max-writes (${this.options.maxWrites}) reached` };
  }
  /** A label of the repository: created, or its colour and description updated. */
  async labelDefinitionWrite(op, repo) {
    if (!this.reserve()) return this.overBudget();
    const fields = { ...repo, name: op.name, color: hexColor(op.color), description: op.description };
    if (op.kind === "update-label") {
      await this.options.github.request("PATCH /repos/{owner}/{repo}/labels/{name}", fields);
      return { status: "applied" };
    }
    try {
      await this.options.github.request("POST /repos/{owner}/{repo}/labels", fields);
    } catch (error2) {
      if (httpStatus(error2) === 422) return { status: "unchanged", detail: "already exists" };
      throw error2;
    }
    this.knownLabels.add(op.name.toLowerCase());
    return { status: "applied" };
  }
  /** Labels on an issue: added (the label defined first when missing) or one removed. */
  async issueLabelWrite(op, repo) {
    const { github } = this.options;
    if (op.kind === "add-labels") {
      if (op.labels.length === 0) return { status: "unchanged" };
      await this.ensureLabels(repo, op.labels);
      if (!this.reserve()) return this.overBudget();
      await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...repo,
        issue_number: op.issue,
        labels: op.labels
      });
      return { status: "applied" };
    }
    if (!this.reserve()) return this.overBudget();
    try {
      await github.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        ...repo,
        issue_number: op.issue,
        name: op.label
      });
    } catch (error2) {
      if (httpStatus(error2) === 404) return { status: "unchanged", detail: "label was not on the issue" };
      throw error2;
    }
    return { status: "applied" };
  }
  /** GitHub's planning features: an issue field value (REST, preview), a Projects status update (GraphQL). */
  async planningWrite(op, repo) {
    const { github } = this.options;
    if (op.kind === "set-issue-field") {
      await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", {
        ...repo,
        issue_number: op.issue,
        issue_field_values: [{ field_id: op.fieldId, value: op.value }]
      });
    } else {
      await github.graphql(PROJECT_STATUS_MUTATION, {
        projectId: op.projectId,
        status: op.status,
        body: op.body,
        targetDate: op.targetDate ?? null
      });
    }
    return { status: "applied" };
  }
  /** Creates the defined labels among `names` that the repository lacks, before they are applied. */
  async ensureLabels(repo, names) {
    if (repo !== this.options.repo) return;
    const defined = new Map(this.options.definitions.map((d) => [d.name.toLowerCase(), d]));
    const unknown = names.filter((n) => defined.has(n.toLowerCase()) && !this.knownLabels.has(n.toLowerCase()));
    if (unknown.length === 0) return;
    const existing = await lookupLabels(this.options.github, repo, unknown);
    for (const name of unknown) {
      if (existing.get(name.toLowerCase())) {
        this.knownLabels.add(name.toLowerCase());
        continue;
      }
      const def = defined.get(name.toLowerCase());
      const result = await this.applyOne({
        kind: "create-label",
        name: def.name,
        color: def.color,
        description: def.description,
        why: `label ${def.name} is about to be applied and does not exist yet`
      });
      this.results.push(result);
      if (result.status === "failed") throw new Error(result.detail);
    }
  }
  async setBody(op, repo) {
    if (op.expected === op.body) return { status: "unchanged" };
    if (!this.reserve()) return this.overBudget();
    await this.options.github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: op.issue,
      body: op.body
    });
    return { status: "applied", value: op.body };
  }
  async upsertComment(op, repo) {
    const { github } = this.options;
    let id = op.commentId;
    let current = op.currentBody;
    if (id === void 0 && !op.absent) {
      const found = await findComment(github, repo, op.issue, op.marker);
      id = found?.id;
      current = found?.body;
    }
    if (id !== void 0 && current !== void 0 && stripSource(current) === stripSource(op.body))
      return { status: "unchanged", value: id };
    const body = withSource(op.body, { run: this.options.runUrl, check: this.checkUrl });
    if (id === void 0 && op.create === false) return { status: "unchanged", detail: "no comment to update" };
    if (!this.reserve()) return this.overBudget();
    if (id === void 0) {
      const post = () => github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: op.issue,
        body,
        request: ONE_TRY
      });
      const made = await createOnce(post, () => findComment(github, repo, op.issue, op.marker));
      if (made.created || stripSource(made.found.body) === stripSource(op.body))
        return { status: "applied", value: made.found.id };
      id = made.found.id;
    }
    await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: id, body });
    return { status: "applied", value: id };
  }
  async checkRun(op, repo) {
    const { github } = this.options;
    const batches = Math.max(1, Math.ceil(op.annotations.length / ANNOTATIONS_PER_REQUEST));
    const output = (i) => ({
      title: op.title,
      summary: op.summary,
      ...op.text !== void 0 ? { text: op.text } : {},
      annotations: op.annotations.slice(i * ANNOTATIONS_PER_REQUEST, (i + 1) * ANNOTATIONS_PER_REQUEST)
    });
    const same = await findCheckRun(github, repo, op);
    if (same?.html_url) this.checkUrl = same.html_url;
    if (same && same.conclusion === op.conclusion && same.output.title === op.title && same.output.summary === op.summary && (same.output.text ?? void 0) === op.text) {
      return { status: "unchanged", value: same.id };
    }
    if (!this.reserve(batches)) return this.overBudget();
    const common = {
      ...repo,
      name: op.name,
      status: "completed",
      conclusion: op.conclusion,
      ...op.externalId ? { external_id: op.externalId } : {}
    };
    let id;
    if (same) {
      id = same.id;
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...common,
        check_run_id: id,
        output: output(0)
      });
    } else {
      const post = () => github.request("POST /repos/{owner}/{repo}/check-runs", {
        ...common,
        head_sha: op.headSha,
        output: output(0),
        request: ONE_TRY
      });
      const made = (await createOnce(post, () => findCheckRun(github, repo, op))).found;
      id = made.id;
      if (made.html_url) this.checkUrl = made.html_url;
    }
    for (let i = 1; i < batches; i++) {
      await github.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...repo,
        check_run_id: id,
        output: output(i)
      });
    }
    return { status: "applied", value: id };
  }
};
async function findCheckRun(github, repo, op) {
  const existing = await github.request(
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { ...repo, ref: op.headSha, check_name: op.name, per_page: 100 }
  );
  return existing.data.check_runs.find((run) => op.externalId ? run.external_id === op.externalId : true);
}
var ONE_TRY = { retries: 0 };
var CREATE_ATTEMPTS = 4;
async function createOnce(post, find, wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
  for (let attempt = 1; ; attempt++) {
    try {
      return { found: (await post()).data, created: true };
    } catch (error2) {
      if (!mayHaveLostAnswer(error2) || attempt >= CREATE_ATTEMPTS) throw error2;
    }
    await wait(attempt * attempt * 500);
    const found = await find();
    if (found) return { found, created: false };
  }
}
function mayHaveLostAnswer(error2) {
  const status = httpStatus(error2);
  if (status === void 0 || status >= 500 || status === 429) return true;
  return status === 403 && /rate limit/i.test(error2 instanceof Error ? error2.message : "");
}
function groupByIssue(plan) {
  const groups = /* @__PURE__ */ new Map([[void 0, []]]);
  for (const op of plan) {
    const key = opIssue(op);
    const group = groups.get(key) ?? [];
    group.push(op);
    groups.set(key, group);
  }
  return groups;
}
function prefix(op) {
  const issue = opIssue(op);
  const repo = op.repo ? `${op.repo.owner}/${op.repo.repo}` : "";
  return issue !== void 0 ? `[${repo}#${issue}] ` : "";
}
function permissionFor(op) {
  if (op.kind === "check-run") return "checks: write";
  if (op.kind === "project-status") return "a token with Projects (organization projects: write) access";
  if (op.kind === "upsert-comment") return "issues: write (and pull-requests: write for comments on pull requests)";
  return "issues: write";
}

// src/config/load.ts
import { readFile } from "node:fs/promises";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/checks.ts
var FORMATS = {
  regex: (text) => regexProblem(text) === void 0,
  "time-zone": (text) => isTimeZone(text),
  glob: (text) => globProblem(text) === void 0
};
function checkConfig(schema, data) {
  const errors = [];
  walk(schema, data, "", "#", errors);
  return errors;
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var asSchema = (value) => isObject(value) ? value : void 0;
var pointer = (key) => `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
function walk(node, data, instancePath, schemaPath, errors) {
  const schema = asSchema(node);
  if (!schema) return;
  if (typeof data === "string" && schema.format !== void 0)
    checkFormat(schema, data, instancePath, schemaPath, errors);
  if (Array.isArray(data)) {
    const items = asSchema(schema.items);
    if (items) data.forEach((item, i) => walk(items, item, `${instancePath}/${i}`, `${schemaPath}/items`, errors));
    if (schema.uniqueBy !== void 0)
      errors.push(...uniqueBy(schema.uniqueBy, data, instancePath, schemaPath, schema));
  } else if (isObject(data)) {
    walkProperties(schema, data, instancePath, schemaPath, errors);
    const keys = schema["anyOf-keys"];
    if (keys !== void 0 && !anyOfKeys(keys, data))
      errors.push(error("anyOf-keys", instancePath, schemaPath, schema, keys, data, { keys }, "has no condition"));
  }
}
function walkProperties(schema, data, instancePath, schemaPath, errors) {
  const known = schema.properties ?? {};
  for (const [key, sub] of Object.entries(known))
    if (data[key] !== void 0)
      walk(sub, data[key], instancePath + pointer(key), `${schemaPath}/properties/${key}`, errors);
  const other = asSchema(schema.additionalProperties);
  if (!other) return;
  for (const key of Object.keys(data))
    if (!Object.hasOwn(known, key))
      walk(other, data[key], instancePath + pointer(key), `${schemaPath}/additionalProperties`, errors);
}
function checkFormat(schema, text, instancePath, schemaPath, errors) {
  const format = schema.format;
  const valid = FORMATS[format];
  if (valid && !valid(text))
    errors.push(
      error("format", instancePath, schemaPath, schema, format, text, { format }, `must match format "${format}"`)
    );
}
function error(keyword, instancePath, schemaPath, parentSchema, value, data, params, message) {
  return {
    instancePath,
    schemaPath: `${schemaPath}/${keyword}`,
    keyword,
    params,
    message,
    schema: value,
    parentSchema,
    data
  };
}
function regexProblem(text) {
  try {
    compilePattern(text);
    return void 0;
  } catch (error2) {
    return error2.message.replace(/^Invalid regular expression: /, "");
  }
}
function isTimeZone(text) {
  if (text === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: text });
    return true;
  } catch {
    return false;
  }
}
function globProblem(text) {
  if (text.startsWith("/")) return "starts with `/`: globs are relative to the workspace";
  if (/(^|\/)\.\.(\/|$)/.test(text)) return "goes up with `..`: only files inside the workspace are read";
  if (text.includes("\\")) return "holds `\\`: separate folders with `/`";
  if (!balanced(text, "{", "}") || !balanced(text, "[", "]")) return "has a bracket or brace that does not close";
  try {
    new Minimatch(text, { dot: true });
  } catch (error2) {
    return `cannot be read as a glob (${error2.message})`;
  }
  return void 0;
}
function balanced(text, open, close) {
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth += 1;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}
function uniqueBy(key, data, instancePath, schemaPath, schema) {
  const seen = /* @__PURE__ */ new Map();
  const errors = [];
  data.forEach((item, index) => {
    const value = isObject(item) ? item[key] : void 0;
    if (value === void 0) return;
    const first = seen.get(value);
    if (first === void 0) seen.set(value, index);
    else
      errors.push(
        error(
          "uniqueBy",
          `${instancePath}/${index}/${key}`,
          schemaPath,
          schema,
          key,
          data,
          { key, value, first },
          "is used twice"
        )
      );
  });
  return errors;
}
function anyOfKeys(keys, data) {
  return keys.some((k) => {
    const value = data[k];
    return value !== void 0 && !(Array.isArray(value) && value.length === 0);
  });
}

// src/epics/config.ts
var EPIC_TRIGGERS = [
  "issues.closed",
  "issues.reopened",
  "issues.edited",
  "issues.labeled",
  "issues.typed",
  "issues.untyped",
  "pull_request.closed",
  "schedule",
  "workflow_dispatch"
];
var epicsSchema = {
  type: "object",
  additionalProperties: false,
  default: {},
  description: "Epics whose task lists tick themselves from the live state of their children.",
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Turn the epics feature on or off."
    },
    label: {
      ...LABEL_NAME,
      default: "Epic",
      description: "An open issue with this label (compared case-insensitively) is an epic; so is any issue with native sub-issues."
    },
    types: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: [],
      description: "Issue types (GitHub's native types, compared case-insensitively), e.g. `[Epic]`: an issue of one of these types is an epic, as with the label. An `issues` event of type `typed` or `untyped` re-evaluates it. Empty: types are not read."
    },
    project: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "A GitHub Project (v2) that shows the epics' verdict as its status update (`ON_TRACK`, `AT_RISK`, `OFF_TRACK`, `COMPLETE`), posted by the daily report at most once a day and only when the status changes. Several open epics: the worst verdict, one line each. Needs a token that can write the project (a GitHub App or fine-grained token with Projects access: `GITHUB_TOKEN` cannot).",
      properties: {
        owner: {
          type: "string",
          pattern: "^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",
          "x-expected": "an organisation or user login",
          default: "",
          description: "The login of the organisation (or user) that owns the project. Empty: no project."
        },
        number: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "The project's number (in its URL, `/orgs/acme/projects/3`). 0: no project."
        }
      }
    },
    "not-planned": {
      type: "string",
      enum: ["unticked", "ticked", "strike"],
      default: "unticked",
      description: "What a child closed as not planned or as a duplicate does to its line: `unticked` leaves it unticked, counts it as not done and lists it in the progress block; `ticked` counts it as done; `strike` strikes the line through and leaves it out of the figures."
    },
    sections: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: "Headings (case-insensitive) whose task items count in the progress figures and towards completion, e.g. `[Development Success]`. Empty: every section counts. Items elsewhere still tick."
    },
    "done-when": {
      type: "string",
      enum: ["all-items", "all-stories"],
      default: "all-items",
      description: "When an epic is done (and handed off): `all-items`, every task item of the counted sections is ticked (stories, metric lines such as `- [ ] Unit tests green` and any other item) and every native sub-issue is done; `all-stories`, every linked issue or pull request is done, whatever the other items say. The progress headline counts the same thing."
    },
    "append-section": {
      type: "string",
      default: "",
      description: "When set, a child whose body names its epic (`Epic: #13`, `Part of #13`) but is missing from the epic is appended as `- [ ] #N` to the task list under this heading. Empty: never append."
    },
    "append-associations": {
      type: "array",
      items: {
        type: "string",
        enum: ["OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER", "NONE"]
      },
      default: ["OWNER", "MEMBER", "COLLABORATOR"],
      description: "With `append-section`: whose issues may join an epic by naming it, by the author's `author_association` with the repository. The default is people with write access; add `CONTRIBUTOR` or `NONE` to let anyone who can open an issue add it to an epic (and withdraw a handoff by doing so)."
    },
    triggers: {
      type: "array",
      items: {
        type: "string",
        enum: EPIC_TRIGGERS
      },
      default: EPIC_TRIGGERS,
      description: "Events the feature reacts to. `pull_request.closed` covers `pull_request_target` too; `schedule` and `workflow_dispatch` reconcile every open epic."
    },
    "close-on-merge": {
      type: "boolean",
      default: true,
      description: "When a pull request is merged into a branch other than the default one, close the issues its closing keywords name (GitHub only does so for the default branch), so their epics tick."
    },
    handoff: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "What happens once, when every counted child of an epic is done; reversed when a child reopens.",
      properties: {
        labels: {
          type: "array",
          items: LABEL_NAME,
          default: [],
          description: "Labels added to the epic on completion (e.g. `ready-for-qa`), removed again when a child reopens."
        },
        mention: {
          type: "array",
          items: {
            type: "string",
            pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$",
            "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)"
          },
          default: [],
          description: "People (`login`) or teams (`org/team`) to hand over to. The handoff comment is posted only when someone is listed here."
        },
        comment: {
          type: "string",
          default: "All {done} children of this epic are done: handing over to {mentions}.",
          description: "The handoff comment (empty: no comment). Placeholders: `{epic}` (#number), `{title}`, `{done}`, `{total}`, `{mentions}`, `{children}` (list of the children)."
        },
        "reopened-comment": {
          type: "string",
          default: "Handoff withdrawn: {reopened} reopened, {done}/{total} children done. {mentions}",
          description: "What the handoff comment is edited to when a child reopens after the handoff. Placeholders as in `comment`, plus `{reopened}` (the children no longer done)."
        },
        "close-epic": {
          type: "boolean",
          default: false,
          description: "Close the epic (as completed) on handoff, and reopen it if a child reopens. Needed for epics of epics: a parent epic ticks a child epic when it is closed."
        }
      }
    }
  }
};

// src/escalations/config.ts
var MENTION = {
  type: "array",
  items: {
    type: "string",
    pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$",
    "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)"
  },
  default: [],
  description: "People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`."
};
var DURATION_WORDS = "a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`";
var DURATION = { type: "string", pattern: DURATION_PATTERN, "x-expected": DURATION_WORDS };
var escalationsSchema = {
  type: "object",
  additionalProperties: false,
  default: {},
  description: "Comments and a label when a quality gate misses or regresses, or when an issue outlives its time box, its estimate or a blocking label; and the daily progress report on epics.",
  properties: {
    enabled: { type: "boolean", default: true, description: "Turn escalations (and the daily report) on or off." },
    label: {
      type: "string",
      minLength: 1,
      maxLength: 50,
      default: "escalated",
      description: "Label on every issue or pull request with an open escalation; removed when its last escalation is resolved. Scheduled sweeps find escalated issues by it."
    },
    mention: {
      ...MENTION,
      description: "People (`login`) or teams (`org/team`) named in every escalation comment. Mentions come only from the config, never from issue or report text."
    },
    "remind-every": {
      type: "string",
      pattern: `^$|${DURATION_PATTERN}`,
      "x-expected": `empty or ${DURATION_WORDS}`,
      default: "",
      description: "When set (e.g. `24h`), an escalation still open after each such period gets a short reminder comment that mentions the people again. Empty: no reminders."
    },
    events: {
      type: "array",
      items: { type: "string", enum: ["schedule", "workflow_dispatch", "issues"] },
      default: ["schedule", "workflow_dispatch", "issues"],
      description: "Events that run the time-based triggers: `schedule` and `workflow_dispatch` sweep every open issue; `issues` re-checks the one issue of the event (closing it resolves its escalations at once). Threshold escalations follow the quality gates whatever the event."
    },
    threshold: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Escalations from the quality gates measured in the same run, posted on the pull request.",
      properties: {
        enabled: { type: "boolean", default: true, description: "Escalate on gate results." },
        failing: {
          type: "string",
          enum: ["critical", "all", "none"],
          default: "critical",
          description: "Which failing gates escalate by failing alone: `critical` (security-like gates, at once), `all`, or `none`. A gate below its baseline or its last recorded value escalates regardless."
        },
        "below-baseline": {
          type: "boolean",
          default: true,
          description: "Escalate when a pass rate falls below its baseline."
        },
        "below-previous": {
          type: "boolean",
          default: true,
          description: `Escalate when a pass rate falls below the value last recorded (the default branch, or the pull request's base): "the pass rate decreases from the current 62%".`
        },
        tolerance: {
          type: "number",
          minimum: 0,
          maximum: 100,
          default: 0,
          description: "Percentage points a pass rate may drop below the baseline or the last recorded value before it escalates."
        },
        epic: {
          type: "boolean",
          default: false,
          description: "Also escalate on the gate's epic (the gate's `epic`), from runs on the default branch: the epic reflects what is merged. Resolved by a default-branch run where the gate recovers."
        },
        mention: MENTION
      }
    },
    "time-box": {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "An open issue that outlives the time its priority allows, or the timeline its body states.",
      properties: {
        enabled: { type: "boolean", default: true, description: "Escalate issues past their time box." },
        priorities: {
          type: "array",
          default: [],
          description: "Time allowed per priority label, counted from when the issue was opened, e.g. `{ label: P0-Critical, within: 48h }`.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["label", "within"],
            properties: {
              label: { type: "string", minLength: 1, description: "Priority label (compared case-insensitively)." },
              within: { ...DURATION, description: "Time allowed: `30m`, `6h`, `2d`, `1w`, `1d12h`." }
            }
          }
        },
        "from-body": {
          type: "boolean",
          default: true,
          description: "Also read a time box from the issue body: `**Timeline:** 12-24 hours` allows 24 h (the upper bound). The earlier deadline wins."
        },
        mention: MENTION
      }
    },
    estimate: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "An issue whose stated estimate (`**Estimated Time:** 2 hours`; a range such as `2-3 hours` counts as its upper bound) is exceeded by more than the allowed share, counted from when work started.",
      properties: {
        enabled: { type: "boolean", default: true, description: "Escalate estimate overruns." },
        overrun: {
          type: "number",
          minimum: 0,
          default: 50,
          description: "Percent by which the elapsed time may exceed the estimate: 50 escalates a 2-hour estimate after 3 h."
        },
        "started-by": {
          type: "array",
          items: { type: "string", enum: ["label", "assignment"] },
          minItems: 1,
          default: ["label", "assignment"],
          description: "What marks the start of work: `label` (the `start-label` applied) and/or `assignment` (the first assignment). The earliest of those listed counts."
        },
        "start-label": {
          type: "string",
          minLength: 1,
          default: "in-progress",
          description: "The label whose application starts the clock."
        },
        mention: MENTION
      }
    },
    stuck: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "An issue that stays under a label such as `blocked` for too long, counted from when the label was last applied.",
      properties: {
        enabled: { type: "boolean", default: true, description: "Escalate stuck issues." },
        labels: {
          type: "array",
          default: [],
          description: "Labels and how long an issue may carry them, e.g. `{ label: blocked, after: 6h }`.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["label", "after"],
            properties: {
              label: { type: "string", minLength: 1, description: "Label name (compared case-insensitively)." },
              after: { ...DURATION, description: "How long the label may stay: `30m`, `6h`, `2d`." }
            }
          }
        },
        "blocked-by": {
          type: "object",
          additionalProperties: false,
          default: {},
          description: 'GitHub\'s native "blocked by" dependencies, read on scheduled sweeps: an open issue that has had an open blocker for longer than `after` is escalated, naming its blockers; once every blocker is closed, an issue with no activity since for `after` gets one "unblocked" comment. The daily report then lists blocked stories and their blockers.',
          properties: {
            after: {
              type: "string",
              pattern: `^$|${DURATION_PATTERN}`,
              "x-expected": `empty or ${DURATION_WORDS}`,
              default: "",
              description: "How long an issue may stay blocked (and, once unblocked, idle) before it is escalated (nudged), e.g. `2d`. Empty: dependencies are not read."
            }
          }
        },
        mention: MENTION
      }
    },
    report: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The daily progress report: one comment a day on each open epic, on `schedule` runs.",
      properties: {
        enabled: { type: "boolean", default: false, description: "Post the daily progress report." },
        "time-zone": {
          type: "string",
          minLength: 1,
          format: "time-zone",
          default: "UTC",
          description: "IANA time zone that decides when a day starts, e.g. `Europe/London`."
        },
        events: {
          type: "array",
          items: { type: "string", enum: ["schedule", "workflow_dispatch"] },
          default: ["schedule"],
          description: "Events that may write the report."
        }
      }
    }
  }
};

// src/labels/config.ts
var labelDefinitionSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  description: "A label the repository should have, created when missing and corrected when it differs.",
  properties: {
    name: { type: "string", minLength: 1, maxLength: 50, description: "Label name (compared case-insensitively)." },
    color: {
      type: "string",
      pattern: "^#?[0-9a-fA-F]{6}$",
      "x-expected": "six hexadecimal digits, e.g. `b60205` (a leading `#` is accepted)",
      default: "ededed",
      description: "Colour as six hex digits, e.g. `b60205` (a leading `#` is accepted; quote values YAML would read as numbers, like `5319e7`)."
    },
    description: {
      type: "string",
      maxLength: 100,
      default: "",
      description: "Label description (at most 100 characters)."
    }
  }
};
var PATTERNS = {
  type: "array",
  items: { type: "string", minLength: 1, format: "regex" },
  description: "Regular expressions, written `/pattern/flags` (as in github/issue-labeler) or plain (then case-insensitive)."
};
var GLOBS = { type: "array", items: { type: "string", minLength: 1, format: "glob" } };
var ruleSchema = {
  type: "object",
  additionalProperties: false,
  required: ["label"],
  // A rule without a condition would never apply (match: any) or apply to everything (match: all).
  "anyOf-keys": ["title", "body", "changed-files", "head-branch", "base-branch", "authors"],
  description: "One label and the conditions that apply it (at least one).",
  properties: {
    label: { ...LABEL_NAME, description: "The label this rule applies (at most 50 characters)." },
    title: { ...PATTERNS, description: "Patterns tested on the title (any of them matching is enough)." },
    body: { ...PATTERNS, description: "Patterns tested on the body (any of them matching is enough)." },
    "changed-files": {
      type: "array",
      description: "Pull requests only: conditions on the changed files, as in actions/labeler v5; every entry must hold.",
      items: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          "any-glob-to-any-file": { ...GLOBS, description: "Some changed file matches some glob." },
          "any-glob-to-all-files": { ...GLOBS, description: "Every changed file matches some glob." },
          "all-globs-to-any-file": { ...GLOBS, description: "Some changed file matches every glob." },
          "all-globs-to-all-files": { ...GLOBS, description: "Every changed file matches every glob." }
        }
      }
    },
    "head-branch": { ...PATTERNS, description: "Pull requests only: patterns on the head branch name." },
    "base-branch": { ...PATTERNS, description: "Pull requests only: patterns on the base branch name." },
    authors: { type: "array", items: { type: "string" }, description: "Logins of authors the rule applies to." },
    match: {
      type: "string",
      enum: ["any", "all"],
      default: "any",
      description: "`any`: one of the conditions given is enough; `all`: every condition given must hold."
    },
    sync: {
      type: "boolean",
      default: false,
      description: "When true the rule owns its label: it is removed when the rule stops holding. Otherwise the rule only adds."
    }
  }
};
var labelsSchema = {
  type: "object",
  additionalProperties: false,
  default: {},
  description: "Labels the process defines, and the rules that apply them.",
  properties: {
    definitions: {
      type: "array",
      default: [],
      description: "Labels to create when missing and correct when their colour or description differ.",
      items: labelDefinitionSchema
    },
    priority: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The priority stated in an issue (`**Priority:** P0-CRITICAL`, `Priority: P1 (High)`, `| Priority | P1 |`, an issue form's `### Priority` section), normalised to one label. Code blocks and HTML comments are not read.",
      properties: {
        enabled: { type: "boolean", default: false, description: "Apply priority labels." },
        field: {
          type: "string",
          enum: ["none", "also", "instead"],
          default: "none",
          description: "Also write the priority to the organisation's `Priority` issue field (GitHub's issue fields, in public preview): `also` sets the field as well as the label, `instead` sets the field and leaves priority labels alone. The field's option is the one whose name means the same label through `map` (`P1`, `High`\u2026). Where the organisation has no issue fields API or no `Priority` field, the run says so once and applies the label. Issues only (GitHub has no issue fields on pull requests)."
        },
        map: {
          type: "object",
          additionalProperties: { type: "array", items: { type: "string" } },
          propertyNames: LABEL_NAME,
          default: {
            "P0-Critical": ["P0", "P0-Critical", "Critical", "Blocker"],
            "P1-High": ["P1", "P1-High", "High"],
            "P2-Medium": ["P2", "P2-Medium", "Medium"],
            "P3-Low": ["P3", "P3-Low", "Low"]
          },
          description: "Label \u2192 the values (case-insensitive) that mean it. The whole value is tried, then its first word (after any emoji; up to the first space, bracket or punctuation other than `-`), then a word in brackets. A value naming two labels (`P0/P1/P2`) is a list of options and gives none. The priority rule owns these labels: one at a time."
        }
      }
    },
    rules: { type: "array", default: [], items: ruleSchema, description: "Text, file, branch and author rules." },
    inherit: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Labels a story takes from its epics (its native parent, and open epics whose task lists name it).",
      properties: {
        labels: {
          type: "array",
          items: LABEL_NAME,
          default: [],
          description: "The labels inherited when an epic has them, e.g. `[Week-1-Foundation, P0-Critical]`. A priority label is inherited only when the story states no priority and has no priority label."
        },
        from: {
          type: "string",
          enum: ["epic"],
          default: "epic",
          description: "Where the labels come from: `epic`, the story's native parent and the open issues with the epic label (`epics.label`) whose task lists name it."
        },
        sync: {
          type: "boolean",
          default: false,
          description: "When true inheritance owns these labels: a story loses one when none of its epics has it any more. Otherwise it only adds."
        }
      }
    },
    "regex-timeout-ms": {
      type: "integer",
      minimum: 1,
      maximum: 5e3,
      default: 100,
      description: "Time one pattern may take on one text before the rule is cut short (and reported); a pattern that misses it is tried once more, so a hostile one costs at most twice this."
    }
  }
};

// src/config/schema.ts
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/epic-steward/epic-steward/schema/config.schema.json",
  title: "Epic Steward configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    labels: labelsSchema,
    epics: epicsSchema,
    gates: gatesSchema,
    escalations: escalationsSchema
  }
};

// src/config/validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/epic-steward/epic-steward/schema/config.schema.json", "title": "Epic Steward configuration", "type": "object", "additionalProperties": false, "properties": { "labels": { "type": "object", "additionalProperties": false, "default": {}, "description": "Labels the process defines, and the rules that apply them.", "properties": { "definitions": { "type": "array", "default": [], "description": "Labels to create when missing and correct when their colour or description differ.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "description": "A label the repository should have, created when missing and corrected when it differs.", "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 50, "description": "Label name (compared case-insensitively)." }, "color": { "type": "string", "pattern": "^#?[0-9a-fA-F]{6}$", "x-expected": "six hexadecimal digits, e.g. `b60205` (a leading `#` is accepted)", "default": "ededed", "description": "Colour as six hex digits, e.g. `b60205` (a leading `#` is accepted; quote values YAML would read as numbers, like `5319e7`)." }, "description": { "type": "string", "maxLength": 100, "default": "", "description": "Label description (at most 100 characters)." } } } }, "priority": { "type": "object", "additionalProperties": false, "default": {}, "description": "The priority stated in an issue (`**Priority:** P0-CRITICAL`, `Priority: P1 (High)`, `| Priority | P1 |`, an issue form's `### Priority` section), normalised to one label. Code blocks and HTML comments are not read.", "properties": { "enabled": { "type": "boolean", "default": false, "description": "Apply priority labels." }, "field": { "type": "string", "enum": ["none", "also", "instead"], "default": "none", "description": "Also write the priority to the organisation's `Priority` issue field (GitHub's issue fields, in public preview): `also` sets the field as well as the label, `instead` sets the field and leaves priority labels alone. The field's option is the one whose name means the same label through `map` (`P1`, `High`\u2026). Where the organisation has no issue fields API or no `Priority` field, the run says so once and applies the label. Issues only (GitHub has no issue fields on pull requests)." }, "map": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } }, "propertyNames": { "type": "string", "minLength": 1, "maxLength": 50 }, "default": { "P0-Critical": ["P0", "P0-Critical", "Critical", "Blocker"], "P1-High": ["P1", "P1-High", "High"], "P2-Medium": ["P2", "P2-Medium", "Medium"], "P3-Low": ["P3", "P3-Low", "Low"] }, "description": "Label \u2192 the values (case-insensitive) that mean it. The whole value is tried, then its first word (after any emoji; up to the first space, bracket or punctuation other than `-`), then a word in brackets. A value naming two labels (`P0/P1/P2`) is a list of options and gives none. The priority rule owns these labels: one at a time." } } }, "rules": { "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["label"], "anyOf-keys": ["title", "body", "changed-files", "head-branch", "base-branch", "authors"], "description": "One label and the conditions that apply it (at least one).", "properties": { "label": { "type": "string", "minLength": 1, "maxLength": 50, "description": "The label this rule applies (at most 50 characters)." }, "title": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "regex" }, "description": "Patterns tested on the title (any of them matching is enough)." }, "body": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "regex" }, "description": "Patterns tested on the body (any of them matching is enough)." }, "changed-files": { "type": "array", "description": "Pull requests only: conditions on the changed files, as in actions/labeler v5; every entry must hold.", "items": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "any-glob-to-any-file": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "description": "Some changed file matches some glob." }, "any-glob-to-all-files": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "description": "Every changed file matches some glob." }, "all-globs-to-any-file": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "description": "Some changed file matches every glob." }, "all-globs-to-all-files": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "description": "Every changed file matches every glob." } } } }, "head-branch": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "regex" }, "description": "Pull requests only: patterns on the head branch name." }, "base-branch": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "regex" }, "description": "Pull requests only: patterns on the base branch name." }, "authors": { "type": "array", "items": { "type": "string" }, "description": "Logins of authors the rule applies to." }, "match": { "type": "string", "enum": ["any", "all"], "default": "any", "description": "`any`: one of the conditions given is enough; `all`: every condition given must hold." }, "sync": { "type": "boolean", "default": false, "description": "When true the rule owns its label: it is removed when the rule stops holding. Otherwise the rule only adds." } } }, "description": "Text, file, branch and author rules." }, "inherit": { "type": "object", "additionalProperties": false, "default": {}, "description": "Labels a story takes from its epics (its native parent, and open epics whose task lists name it).", "properties": { "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "default": [], "description": "The labels inherited when an epic has them, e.g. `[Week-1-Foundation, P0-Critical]`. A priority label is inherited only when the story states no priority and has no priority label." }, "from": { "type": "string", "enum": ["epic"], "default": "epic", "description": "Where the labels come from: `epic`, the story's native parent and the open issues with the epic label (`epics.label`) whose task lists name it." }, "sync": { "type": "boolean", "default": false, "description": "When true inheritance owns these labels: a story loses one when none of its epics has it any more. Otherwise it only adds." } } }, "regex-timeout-ms": { "type": "integer", "minimum": 1, "maximum": 5e3, "default": 100, "description": "Time one pattern may take on one text before the rule is cut short (and reported); a pattern that misses it is tried once more, so a hostile one costs at most twice this." } } }, "epics": { "type": "object", "additionalProperties": false, "default": {}, "description": "Epics whose task lists tick themselves from the live state of their children.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Turn the epics feature on or off." }, "label": { "type": "string", "minLength": 1, "maxLength": 50, "default": "Epic", "description": "An open issue with this label (compared case-insensitively) is an epic; so is any issue with native sub-issues." }, "types": { "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [], "description": "Issue types (GitHub's native types, compared case-insensitively), e.g. `[Epic]`: an issue of one of these types is an epic, as with the label. An `issues` event of type `typed` or `untyped` re-evaluates it. Empty: types are not read." }, "project": { "type": "object", "additionalProperties": false, "default": {}, "description": "A GitHub Project (v2) that shows the epics' verdict as its status update (`ON_TRACK`, `AT_RISK`, `OFF_TRACK`, `COMPLETE`), posted by the daily report at most once a day and only when the status changes. Several open epics: the worst verdict, one line each. Needs a token that can write the project (a GitHub App or fine-grained token with Projects access: `GITHUB_TOKEN` cannot).", "properties": { "owner": { "type": "string", "pattern": "^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "x-expected": "an organisation or user login", "default": "", "description": "The login of the organisation (or user) that owns the project. Empty: no project." }, "number": { "type": "integer", "minimum": 0, "default": 0, "description": "The project's number (in its URL, `/orgs/acme/projects/3`). 0: no project." } } }, "not-planned": { "type": "string", "enum": ["unticked", "ticked", "strike"], "default": "unticked", "description": "What a child closed as not planned or as a duplicate does to its line: `unticked` leaves it unticked, counts it as not done and lists it in the progress block; `ticked` counts it as done; `strike` strikes the line through and leaves it out of the figures." }, "sections": { "type": "array", "items": { "type": "string" }, "default": [], "description": "Headings (case-insensitive) whose task items count in the progress figures and towards completion, e.g. `[Development Success]`. Empty: every section counts. Items elsewhere still tick." }, "done-when": { "type": "string", "enum": ["all-items", "all-stories"], "default": "all-items", "description": "When an epic is done (and handed off): `all-items`, every task item of the counted sections is ticked (stories, metric lines such as `- [ ] Unit tests green` and any other item) and every native sub-issue is done; `all-stories`, every linked issue or pull request is done, whatever the other items say. The progress headline counts the same thing." }, "append-section": { "type": "string", "default": "", "description": "When set, a child whose body names its epic (`Epic: #13`, `Part of #13`) but is missing from the epic is appended as `- [ ] #N` to the task list under this heading. Empty: never append." }, "append-associations": { "type": "array", "items": { "type": "string", "enum": ["OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER", "NONE"] }, "default": ["OWNER", "MEMBER", "COLLABORATOR"], "description": "With `append-section`: whose issues may join an epic by naming it, by the author's `author_association` with the repository. The default is people with write access; add `CONTRIBUTOR` or `NONE` to let anyone who can open an issue add it to an epic (and withdraw a handoff by doing so)." }, "triggers": { "type": "array", "items": { "type": "string", "enum": ["issues.closed", "issues.reopened", "issues.edited", "issues.labeled", "issues.typed", "issues.untyped", "pull_request.closed", "schedule", "workflow_dispatch"] }, "default": ["issues.closed", "issues.reopened", "issues.edited", "issues.labeled", "issues.typed", "issues.untyped", "pull_request.closed", "schedule", "workflow_dispatch"], "description": "Events the feature reacts to. `pull_request.closed` covers `pull_request_target` too; `schedule` and `workflow_dispatch` reconcile every open epic." }, "close-on-merge": { "type": "boolean", "default": true, "description": "When a pull request is merged into a branch other than the default one, close the issues its closing keywords name (GitHub only does so for the default branch), so their epics tick." }, "handoff": { "type": "object", "additionalProperties": false, "default": {}, "description": "What happens once, when every counted child of an epic is done; reversed when a child reopens.", "properties": { "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "default": [], "description": "Labels added to the epic on completion (e.g. `ready-for-qa`), removed again when a child reopens." }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) to hand over to. The handoff comment is posted only when someone is listed here." }, "comment": { "type": "string", "default": "All {done} children of this epic are done: handing over to {mentions}.", "description": "The handoff comment (empty: no comment). Placeholders: `{epic}` (#number), `{title}`, `{done}`, `{total}`, `{mentions}`, `{children}` (list of the children)." }, "reopened-comment": { "type": "string", "default": "Handoff withdrawn: {reopened} reopened, {done}/{total} children done. {mentions}", "description": "What the handoff comment is edited to when a child reopens after the handoff. Placeholders as in `comment`, plus `{reopened}` (the children no longer done)." }, "close-epic": { "type": "boolean", "default": false, "description": "Close the epic (as completed) on handoff, and reopen it if a child reopens. Needed for epics of epics: a parent epic ticks a child epic when it is closed." } } } } }, "gates": { "type": "object", "additionalProperties": false, "default": {}, "description": "Quality gates: test reports measured against baselines and targets.", "properties": { "reports": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "default": ["**/junit*.xml", "**/TEST-*.xml", "**/test-results/**/*.xml", "**/jest-results.json"], "description": "Globs (relative to GITHUB_WORKSPACE; on `workflow_run` they match at the top of the downloaded artifacts and inside each artifact's folder) of the report files: JUnit/NUnit/xUnit.net/TRX XML or Jest `--json`, told apart by their content. A gate may name its own." }, "artifacts": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "default": ["*"], "description": "On `workflow_run`: globs over the names of the triggering run's artifacts to download; each is extracted into a folder named after it, where the `reports` globs also match." }, "max-report-size": { "type": "number", "exclusiveMinimum": 0, "default": 200, "description": "Reports larger than this many MB are refused with a clear message (Jest JSON: at most 128 MB)." }, "max-artifacts-size": { "type": "number", "exclusiveMinimum": 0, "default": 200, "description": "On `workflow_run`: the most MB that all downloaded artifacts of the run may inflate to together, counted as they inflate (a zip bomb stops there, whatever sizes it declares); artifacts past it are refused and named." }, "fail-on": { "type": "string", "enum": ["never", "gate-failure", "regression"], "default": "gate-failure", "description": "When the step fails: `gate-failure` when any gate fails, `regression` only when a gate falls below its baseline or a test that passed on the base commit now fails, `never` to only report. The failure message gives the reason." }, "flaky": { "type": "string", "enum": ["pass", "fail", "exclude"], "default": "pass", "description": "Tests that passed only on a rerun: `pass` counts them passed (and lists them as flaky), `fail` counts them failed, `exclude` leaves them out of the rates." }, "comment-mode": { "type": "string", "enum": ["always", "changes", "failures", "off"], "default": "always", "description": "The pull request's one sticky comment (the gate result and the escalations of its gates together): `always` posts it and edits it whenever its text changes; `changes` edits it only when a verdict or a figure (or an escalation) changes; `failures` posts it only while a gate fails, and edits an earlier one to say the gates pass; `off` posts no gate result (an escalation of a gate still appears in it). `publish.comment: false` is the same as `off`." }, "publish": { "type": "object", "additionalProperties": false, "default": {}, "description": "Where the results go.", "properties": { "summary": { "type": "boolean", "default": true, "description": "A table per gate in the job summary." }, "comment": { "type": "boolean", "default": true, "description": "On pull requests, one sticky comment with the gates, edited in place (needs `pull-requests: write`)." }, "check-run": { "type": "boolean", "default": true, "description": "A check run on the commit with annotations for failing tests (needs `checks: write`). It also carries the recorded baseline." }, "check-name": { "type": "string", "minLength": 1, "default": "Epic Steward: quality gates", "description": "The check run's name; baselines are read back from check runs of this name." }, "annotations": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 200, "description": "At most this many annotations, the most useful first (errors, new failures, those with a file and line)." } } }, "baseline": { "type": "object", "additionalProperties": false, "default": {}, "description": "Recorded baselines: on the default branch the results are stored in the check run (a compressed digest in its text); a pull request is compared with the record of its base commit.", "properties": { "record": { "type": "boolean", "default": true, "description": "Store the results of default-branch runs (push, schedule, workflow_dispatch) in the check run." }, "compare": { "type": "boolean", "default": true, "description": "Compare a pull request with its base commit's record: per-gate figures and new failures, fixed, still failing and vanished tests." } } }, "items": { "type": "array", "default": [], "uniqueBy": "name", "description": "The gates (names unique). None: the feature is off.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "x-expected": "kebab-case: lower-case letters, digits and dashes, e.g. `backend-security`", "description": "Identifier, kebab-case, e.g. `backend-security`." }, "title": { "type": "string", "description": "Human title, e.g. `Backend security tests` (default: the name)." }, "reports": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "description": "Globs of this gate's report files (default: `gates.reports`)." }, "select": { "type": "object", "additionalProperties": false, "default": {}, "description": "Which test cases the gate counts: a case counts when it matches any glob given (minimatch, case-insensitive); nothing given: all.", "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "default": [], "description": "Globs over the test file path." }, "classes": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "default": [], "description": "Globs over the class name (JUnit `classname`, Jest: the test file)." }, "suites": { "type": "array", "items": { "type": "string", "minLength": 1, "format": "glob" }, "default": [], "description": "Globs over the suite name (nested suites joined with ` \u203A `)." } } }, "pass-rate": { "type": "object", "additionalProperties": false, "properties": { "baseline": { "type": ["number", "string"], "minimum": 0, "maximum": 100, "pattern": "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", "x-expected": 'a percentage such as `90`, `"90%"`, `">=90"` or `">90"`', "description": "Where it stood when the work began (percent), e.g. `62`. Shown beside the figure; with `no-regression`, falling below it fails the gate." }, "target": { "type": ["number", "string"], "minimum": 0, "maximum": 100, "pattern": "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", "x-expected": 'a percentage such as `90`, `"90%"`, `">=90"` or `">90"`', "description": "What the gate requires (percent): `90` or `>=90` means at least 90%, `>90` strictly more than 90%." } }, "description": "Pass rate = passed / executed (executed = passed + failed + errored)." }, "execution-rate": { "type": "object", "additionalProperties": false, "properties": { "baseline": { "type": ["number", "string"], "minimum": 0, "maximum": 100, "pattern": "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", "x-expected": 'a percentage such as `90`, `"90%"`, `">=90"` or `">90"`', "description": "Where it stood when the work began (percent), e.g. `62`. Shown beside the figure; with `no-regression`, falling below it fails the gate." }, "target": { "type": ["number", "string"], "minimum": 0, "maximum": 100, "pattern": "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", "x-expected": 'a percentage such as `90`, `"90%"`, `">=90"` or `">90"`', "description": "What the gate requires (percent): `90` or `>=90` means at least 90%, `>90` strictly more than 90%." } }, "description": "Execution rate = executed / expected; expected is `expected-tests`, else the tests of the recorded baseline, else the cases found plus suites that failed to run." }, "expected-tests": { "type": "integer", "minimum": 1, "description": "How many tests should run (for the execution rate)." }, "min-tests": { "type": "integer", "minimum": 0, "default": 0, "description": "Fewer executed tests than this fails the gate." }, "no-regression": { "type": "boolean", "default": false, "description": "Fail when the pass rate is below its baseline or below the recorded value of the base commit." }, "critical": { "type": "boolean", "default": false, "description": "A security-like gate: escalations treat a failure after a change as urgent." }, "epic-line": { "type": "string", "description": "The epic checklist line this gate proves, e.g. `Backend security tests: 100% pass rate achieved`; ticked with the measured value when the gate passes on the default branch." }, "epic": { "type": "integer", "minimum": 1, "description": "The epic holding `epic-line` (default: every open epic that has the line)." } } } } } }, "escalations": { "type": "object", "additionalProperties": false, "default": {}, "description": "Comments and a label when a quality gate misses or regresses, or when an issue outlives its time box, its estimate or a blocking label; and the daily progress report on epics.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Turn escalations (and the daily report) on or off." }, "label": { "type": "string", "minLength": 1, "maxLength": 50, "default": "escalated", "description": "Label on every issue or pull request with an open escalation; removed when its last escalation is resolved. Scheduled sweeps find escalated issues by it." }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) named in every escalation comment. Mentions come only from the config, never from issue or report text." }, "remind-every": { "type": "string", "pattern": "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "x-expected": "empty or a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`", "default": "", "description": "When set (e.g. `24h`), an escalation still open after each such period gets a short reminder comment that mentions the people again. Empty: no reminders." }, "events": { "type": "array", "items": { "type": "string", "enum": ["schedule", "workflow_dispatch", "issues"] }, "default": ["schedule", "workflow_dispatch", "issues"], "description": "Events that run the time-based triggers: `schedule` and `workflow_dispatch` sweep every open issue; `issues` re-checks the one issue of the event (closing it resolves its escalations at once). Threshold escalations follow the quality gates whatever the event." }, "threshold": { "type": "object", "additionalProperties": false, "default": {}, "description": "Escalations from the quality gates measured in the same run, posted on the pull request.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Escalate on gate results." }, "failing": { "type": "string", "enum": ["critical", "all", "none"], "default": "critical", "description": "Which failing gates escalate by failing alone: `critical` (security-like gates, at once), `all`, or `none`. A gate below its baseline or its last recorded value escalates regardless." }, "below-baseline": { "type": "boolean", "default": true, "description": "Escalate when a pass rate falls below its baseline." }, "below-previous": { "type": "boolean", "default": true, "description": `Escalate when a pass rate falls below the value last recorded (the default branch, or the pull request's base): "the pass rate decreases from the current 62%".` }, "tolerance": { "type": "number", "minimum": 0, "maximum": 100, "default": 0, "description": "Percentage points a pass rate may drop below the baseline or the last recorded value before it escalates." }, "epic": { "type": "boolean", "default": false, "description": "Also escalate on the gate's epic (the gate's `epic`), from runs on the default branch: the epic reflects what is merged. Resolved by a default-branch run where the gate recovers." }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`." } } }, "time-box": { "type": "object", "additionalProperties": false, "default": {}, "description": "An open issue that outlives the time its priority allows, or the timeline its body states.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Escalate issues past their time box." }, "priorities": { "type": "array", "default": [], "description": "Time allowed per priority label, counted from when the issue was opened, e.g. `{ label: P0-Critical, within: 48h }`.", "items": { "type": "object", "additionalProperties": false, "required": ["label", "within"], "properties": { "label": { "type": "string", "minLength": 1, "description": "Priority label (compared case-insensitively)." }, "within": { "type": "string", "pattern": "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "x-expected": "a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`", "description": "Time allowed: `30m`, `6h`, `2d`, `1w`, `1d12h`." } } } }, "from-body": { "type": "boolean", "default": true, "description": "Also read a time box from the issue body: `**Timeline:** 12-24 hours` allows 24 h (the upper bound). The earlier deadline wins." }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`." } } }, "estimate": { "type": "object", "additionalProperties": false, "default": {}, "description": "An issue whose stated estimate (`**Estimated Time:** 2 hours`; a range such as `2-3 hours` counts as its upper bound) is exceeded by more than the allowed share, counted from when work started.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Escalate estimate overruns." }, "overrun": { "type": "number", "minimum": 0, "default": 50, "description": "Percent by which the elapsed time may exceed the estimate: 50 escalates a 2-hour estimate after 3 h." }, "started-by": { "type": "array", "items": { "type": "string", "enum": ["label", "assignment"] }, "minItems": 1, "default": ["label", "assignment"], "description": "What marks the start of work: `label` (the `start-label` applied) and/or `assignment` (the first assignment). The earliest of those listed counts." }, "start-label": { "type": "string", "minLength": 1, "default": "in-progress", "description": "The label whose application starts the clock." }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`." } } }, "stuck": { "type": "object", "additionalProperties": false, "default": {}, "description": "An issue that stays under a label such as `blocked` for too long, counted from when the label was last applied.", "properties": { "enabled": { "type": "boolean", "default": true, "description": "Escalate stuck issues." }, "labels": { "type": "array", "default": [], "description": "Labels and how long an issue may carry them, e.g. `{ label: blocked, after: 6h }`.", "items": { "type": "object", "additionalProperties": false, "required": ["label", "after"], "properties": { "label": { "type": "string", "minLength": 1, "description": "Label name (compared case-insensitively)." }, "after": { "type": "string", "pattern": "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "x-expected": "a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`", "description": "How long the label may stay: `30m`, `6h`, `2d`." } } } }, "blocked-by": { "type": "object", "additionalProperties": false, "default": {}, "description": 'GitHub\'s native "blocked by" dependencies, read on scheduled sweeps: an open issue that has had an open blocker for longer than `after` is escalated, naming its blockers; once every blocker is closed, an issue with no activity since for `after` gets one "unblocked" comment. The daily report then lists blocked stories and their blockers.', "properties": { "after": { "type": "string", "pattern": "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "x-expected": "empty or a duration such as `30m`, `6h`, `2d`, `1w` or `1d12h`", "default": "", "description": "How long an issue may stay blocked (and, once unblocked, idle) before it is escalated (nudged), e.g. `2d`. Empty: dependencies are not read." } } }, "mention": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": "a login (`octocat` or `@octocat`) or a team (`org/team`)" }, "default": [], "description": "People (`login`) or teams (`org/team`) this trigger notifies, in addition to `escalations.mention`." } } }, "report": { "type": "object", "additionalProperties": false, "default": {}, "description": "The daily progress report: one comment a day on each open epic, on `schedule` runs.", "properties": { "enabled": { "type": "boolean", "default": false, "description": "Post the daily progress report." }, "time-zone": { "type": "string", "minLength": 1, "format": "time-zone", "default": "UTC", "description": "IANA time zone that decides when a day starts, e.g. `Europe/London`." }, "events": { "type": "array", "items": { "type": "string", "enum": ["schedule", "workflow_dispatch"] }, "default": ["schedule"], "description": "Events that may write the report." } } } } } } };
var func2 = require_ucs2length().default;
var func7 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^#?[0-9a-fA-F]{6}$", "u");
var pattern1 = new RegExp("^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
var pattern2 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "u");
var pattern3 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern4 = new RegExp("^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", "u");
var pattern9 = new RegExp("^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "u");
var pattern11 = new RegExp("^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.labels === void 0) {
      data.labels = {};
    }
    if (data.epics === void 0) {
      data.epics = {};
    }
    if (data.gates === void 0) {
      data.gates = {};
    }
    if (data.escalations === void 0) {
      data.escalations = {};
    }
    for (const key0 in data) {
      if (!(key0 === "labels" || key0 === "epics" || key0 === "gates" || key0 === "escalations")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let data0 = data.labels;
    if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
      if (data0.definitions === void 0) {
        data0.definitions = [];
      }
      if (data0.priority === void 0) {
        data0.priority = {};
      }
      if (data0.rules === void 0) {
        data0.rules = [];
      }
      if (data0.inherit === void 0) {
        data0.inherit = {};
      }
      if (data0["regex-timeout-ms"] === void 0) {
        data0["regex-timeout-ms"] = 100;
      }
      for (const key1 in data0) {
        if (!(key1 === "definitions" || key1 === "priority" || key1 === "rules" || key1 === "inherit" || key1 === "regex-timeout-ms")) {
          const err1 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      let data1 = data0.definitions;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.color === void 0) {
              data2.color = "ededed";
            }
            if (data2.description === void 0) {
              data2.description = "";
            }
            if (data2.name === void 0) {
              const err2 = { instancePath: instancePath + "/labels/definitions/" + i0, schemaPath: "#/properties/labels/properties/definitions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.labels.properties.definitions.items.required, parentSchema: schema11.properties.labels.properties.definitions.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key2 in data2) {
              if (!(key2 === "name" || key2 === "color" || key2 === "description")) {
                const err3 = { instancePath: instancePath + "/labels/definitions/" + i0, schemaPath: "#/properties/labels/properties/definitions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels.properties.definitions.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (func2(data3) > 50) {
                  const err4 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/name", schemaPath: "#/properties/labels/properties/definitions/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.labels.properties.definitions.items.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (func2(data3) < 1) {
                  const err5 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/name", schemaPath: "#/properties/labels/properties/definitions/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.definitions.items.properties.name, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/name", schemaPath: "#/properties/labels/properties/definitions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.definitions.items.properties.name.type, parentSchema: schema11.properties.labels.properties.definitions.items.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let data4 = data2.color;
            if (typeof data4 === "string") {
              if (!pattern0.test(data4)) {
                const err7 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/color", schemaPath: "#/properties/labels/properties/definitions/items/properties/color/pattern", keyword: "pattern", params: { pattern: "^#?[0-9a-fA-F]{6}$" }, message: 'must match pattern "^#?[0-9a-fA-F]{6}$"', schema: "^#?[0-9a-fA-F]{6}$", parentSchema: schema11.properties.labels.properties.definitions.items.properties.color, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/color", schemaPath: "#/properties/labels/properties/definitions/items/properties/color/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.definitions.items.properties.color.type, parentSchema: schema11.properties.labels.properties.definitions.items.properties.color, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            let data5 = data2.description;
            if (typeof data5 === "string") {
              if (func2(data5) > 100) {
                const err9 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/description", schemaPath: "#/properties/labels/properties/definitions/items/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.labels.properties.definitions.items.properties.description, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/labels/definitions/" + i0 + "/description", schemaPath: "#/properties/labels/properties/definitions/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.definitions.items.properties.description.type, parentSchema: schema11.properties.labels.properties.definitions.items.properties.description, data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/labels/definitions/" + i0, schemaPath: "#/properties/labels/properties/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.definitions.items.type, parentSchema: schema11.properties.labels.properties.definitions.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/labels/definitions", schemaPath: "#/properties/labels/properties/definitions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.definitions.type, parentSchema: schema11.properties.labels.properties.definitions, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      let data6 = data0.priority;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.enabled === void 0) {
          data6.enabled = false;
        }
        if (data6.field === void 0) {
          data6.field = "none";
        }
        if (data6.map === void 0) {
          data6.map = { "P0-Critical": ["P0", "P0-Critical", "Critical", "Blocker"], "P1-High": ["P1", "P1-High", "High"], "P2-Medium": ["P2", "P2-Medium", "Medium"], "P3-Low": ["P3", "P3-Low", "Low"] };
        }
        for (const key3 in data6) {
          if (!(key3 === "enabled" || key3 === "field" || key3 === "map")) {
            const err13 = { instancePath: instancePath + "/labels/priority", schemaPath: "#/properties/labels/properties/priority/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels.properties.priority, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let data7 = data6.enabled;
        if (typeof data7 !== "boolean") {
          const err14 = { instancePath: instancePath + "/labels/priority/enabled", schemaPath: "#/properties/labels/properties/priority/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.labels.properties.priority.properties.enabled.type, parentSchema: schema11.properties.labels.properties.priority.properties.enabled, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        let data8 = data6.field;
        if (typeof data8 !== "string") {
          const err15 = { instancePath: instancePath + "/labels/priority/field", schemaPath: "#/properties/labels/properties/priority/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.priority.properties.field.type, parentSchema: schema11.properties.labels.properties.priority.properties.field, data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!(data8 === "none" || data8 === "also" || data8 === "instead")) {
          const err16 = { instancePath: instancePath + "/labels/priority/field", schemaPath: "#/properties/labels/properties/priority/properties/field/enum", keyword: "enum", params: { allowedValues: schema11.properties.labels.properties.priority.properties.field.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.labels.properties.priority.properties.field.enum, parentSchema: schema11.properties.labels.properties.priority.properties.field, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        let data9 = data6.map;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
          for (const key4 in data9) {
            const _errs25 = errors;
            if (typeof key4 === "string") {
              if (func2(key4) > 50) {
                const err17 = { instancePath: instancePath + "/labels/priority/map", schemaPath: "#/properties/labels/properties/priority/properties/map/propertyNames/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.labels.properties.priority.properties.map.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (func2(key4) < 1) {
                const err18 = { instancePath: instancePath + "/labels/priority/map", schemaPath: "#/properties/labels/properties/priority/properties/map/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.priority.properties.map.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            } else {
              const err19 = { instancePath: instancePath + "/labels/priority/map", schemaPath: "#/properties/labels/properties/priority/properties/map/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.priority.properties.map.propertyNames.type, parentSchema: schema11.properties.labels.properties.priority.properties.map.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            var valid6 = _errs25 === errors;
            if (!valid6) {
              const err20 = { instancePath: instancePath + "/labels/priority/map", schemaPath: "#/properties/labels/properties/priority/properties/map/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.labels.properties.priority.properties.map.propertyNames, parentSchema: schema11.properties.labels.properties.priority.properties.map, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          for (const key5 in data9) {
            let data10 = data9[key5];
            if (Array.isArray(data10)) {
              const len1 = data10.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (typeof data11 !== "string") {
                  const err21 = { instancePath: instancePath + "/labels/priority/map/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/labels/properties/priority/properties/map/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.priority.properties.map.additionalProperties.items.type, parentSchema: schema11.properties.labels.properties.priority.properties.map.additionalProperties.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/labels/priority/map/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/properties/priority/properties/map/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.priority.properties.map.additionalProperties.type, parentSchema: schema11.properties.labels.properties.priority.properties.map.additionalProperties, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath: instancePath + "/labels/priority/map", schemaPath: "#/properties/labels/properties/priority/properties/map/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.priority.properties.map.type, parentSchema: schema11.properties.labels.properties.priority.properties.map, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/labels/priority", schemaPath: "#/properties/labels/properties/priority/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.priority.type, parentSchema: schema11.properties.labels.properties.priority, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      let data12 = data0.rules;
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.match === void 0) {
              data13.match = "any";
            }
            if (data13.sync === void 0) {
              data13.sync = false;
            }
            if (data13.label === void 0) {
              const err25 = { instancePath: instancePath + "/labels/rules/" + i2, schemaPath: "#/properties/labels/properties/rules/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema11.properties.labels.properties.rules.items.required, parentSchema: schema11.properties.labels.properties.rules.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key6 in data13) {
              if (!func7.call(schema11.properties.labels.properties.rules.items.properties, key6)) {
                const err26 = { instancePath: instancePath + "/labels/rules/" + i2, schemaPath: "#/properties/labels/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels.properties.rules.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data13.label !== void 0) {
              let data14 = data13.label;
              if (typeof data14 === "string") {
                if (func2(data14) > 50) {
                  const err27 = { instancePath: instancePath + "/labels/rules/" + i2 + "/label", schemaPath: "#/properties/labels/properties/rules/items/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.labels.properties.rules.items.properties.label, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func2(data14) < 1) {
                  const err28 = { instancePath: instancePath + "/labels/rules/" + i2 + "/label", schemaPath: "#/properties/labels/properties/rules/items/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties.label, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/labels/rules/" + i2 + "/label", schemaPath: "#/properties/labels/properties/rules/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties.label.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.label, data: data14 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data13.title !== void 0) {
              let data15 = data13.title;
              if (Array.isArray(data15)) {
                const len3 = data15.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data16 = data15[i3];
                  if (typeof data16 === "string") {
                    if (func2(data16) < 1) {
                      const err30 = { instancePath: instancePath + "/labels/rules/" + i2 + "/title/" + i3, schemaPath: "#/properties/labels/properties/rules/items/properties/title/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties.title.items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/labels/rules/" + i2 + "/title/" + i3, schemaPath: "#/properties/labels/properties/rules/items/properties/title/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties.title.items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.title.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/labels/rules/" + i2 + "/title", schemaPath: "#/properties/labels/properties/rules/items/properties/title/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties.title.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.title, data: data15 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data13.body !== void 0) {
              let data17 = data13.body;
              if (Array.isArray(data17)) {
                const len4 = data17.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data18 = data17[i4];
                  if (typeof data18 === "string") {
                    if (func2(data18) < 1) {
                      const err33 = { instancePath: instancePath + "/labels/rules/" + i2 + "/body/" + i4, schemaPath: "#/properties/labels/properties/rules/items/properties/body/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties.body.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/labels/rules/" + i2 + "/body/" + i4, schemaPath: "#/properties/labels/properties/rules/items/properties/body/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties.body.items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.body.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/labels/rules/" + i2 + "/body", schemaPath: "#/properties/labels/properties/rules/items/properties/body/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties.body.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.body, data: data17 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data13["changed-files"] !== void 0) {
              let data19 = data13["changed-files"];
              if (Array.isArray(data19)) {
                const len5 = data19.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data20 = data19[i5];
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    if (Object.keys(data20).length > 1) {
                      const err36 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (Object.keys(data20).length < 1) {
                      const err37 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    for (const key7 in data20) {
                      if (!(key7 === "any-glob-to-any-file" || key7 === "any-glob-to-all-files" || key7 === "all-globs-to-any-file" || key7 === "all-globs-to-all-files")) {
                        const err38 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                    if (data20["any-glob-to-any-file"] !== void 0) {
                      let data21 = data20["any-glob-to-any-file"];
                      if (Array.isArray(data21)) {
                        const len6 = data21.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data22 = data21[i6];
                          if (typeof data22 === "string") {
                            if (func2(data22) < 1) {
                              const err39 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-any-file/" + i6, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-any-file/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-any-file"].items, data: data22 };
                              if (vErrors === null) {
                                vErrors = [err39];
                              } else {
                                vErrors.push(err39);
                              }
                              errors++;
                            }
                          } else {
                            const err40 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-any-file/" + i6, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-any-file/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-any-file"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-any-file"].items, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err41 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-any-file", schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-any-file/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-any-file"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-any-file"], data: data21 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data20["any-glob-to-all-files"] !== void 0) {
                      let data23 = data20["any-glob-to-all-files"];
                      if (Array.isArray(data23)) {
                        const len7 = data23.length;
                        for (let i7 = 0; i7 < len7; i7++) {
                          let data24 = data23[i7];
                          if (typeof data24 === "string") {
                            if (func2(data24) < 1) {
                              const err42 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-all-files/" + i7, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-all-files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-all-files"].items, data: data24 };
                              if (vErrors === null) {
                                vErrors = [err42];
                              } else {
                                vErrors.push(err42);
                              }
                              errors++;
                            }
                          } else {
                            const err43 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-all-files/" + i7, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-all-files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-all-files"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-all-files"].items, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err43];
                            } else {
                              vErrors.push(err43);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err44 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/any-glob-to-all-files", schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/any-glob-to-all-files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-all-files"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["any-glob-to-all-files"], data: data23 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                    if (data20["all-globs-to-any-file"] !== void 0) {
                      let data25 = data20["all-globs-to-any-file"];
                      if (Array.isArray(data25)) {
                        const len8 = data25.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data26 = data25[i8];
                          if (typeof data26 === "string") {
                            if (func2(data26) < 1) {
                              const err45 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-any-file/" + i8, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-any-file/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-any-file"].items, data: data26 };
                              if (vErrors === null) {
                                vErrors = [err45];
                              } else {
                                vErrors.push(err45);
                              }
                              errors++;
                            }
                          } else {
                            const err46 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-any-file/" + i8, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-any-file/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-any-file"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-any-file"].items, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err47 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-any-file", schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-any-file/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-any-file"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-any-file"], data: data25 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                    if (data20["all-globs-to-all-files"] !== void 0) {
                      let data27 = data20["all-globs-to-all-files"];
                      if (Array.isArray(data27)) {
                        const len9 = data27.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                          let data28 = data27[i9];
                          if (typeof data28 === "string") {
                            if (func2(data28) < 1) {
                              const err48 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-all-files/" + i9, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-all-files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-all-files"].items, data: data28 };
                              if (vErrors === null) {
                                vErrors = [err48];
                              } else {
                                vErrors.push(err48);
                              }
                              errors++;
                            }
                          } else {
                            const err49 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-all-files/" + i9, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-all-files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-all-files"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-all-files"].items, data: data28 };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err50 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5 + "/all-globs-to-all-files", schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/properties/all-globs-to-all-files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-all-files"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.properties["all-globs-to-all-files"], data: data27 };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files/" + i5, schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"].items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/labels/rules/" + i2 + "/changed-files", schemaPath: "#/properties/labels/properties/rules/items/properties/changed-files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["changed-files"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["changed-files"], data: data19 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data13["head-branch"] !== void 0) {
              let data29 = data13["head-branch"];
              if (Array.isArray(data29)) {
                const len10 = data29.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  let data30 = data29[i10];
                  if (typeof data30 === "string") {
                    if (func2(data30) < 1) {
                      const err53 = { instancePath: instancePath + "/labels/rules/" + i2 + "/head-branch/" + i10, schemaPath: "#/properties/labels/properties/rules/items/properties/head-branch/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["head-branch"].items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/labels/rules/" + i2 + "/head-branch/" + i10, schemaPath: "#/properties/labels/properties/rules/items/properties/head-branch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["head-branch"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["head-branch"].items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/labels/rules/" + i2 + "/head-branch", schemaPath: "#/properties/labels/properties/rules/items/properties/head-branch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["head-branch"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["head-branch"], data: data29 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data13["base-branch"] !== void 0) {
              let data31 = data13["base-branch"];
              if (Array.isArray(data31)) {
                const len11 = data31.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data32 = data31[i11];
                  if (typeof data32 === "string") {
                    if (func2(data32) < 1) {
                      const err56 = { instancePath: instancePath + "/labels/rules/" + i2 + "/base-branch/" + i11, schemaPath: "#/properties/labels/properties/rules/items/properties/base-branch/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.rules.items.properties["base-branch"].items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/labels/rules/" + i2 + "/base-branch/" + i11, schemaPath: "#/properties/labels/properties/rules/items/properties/base-branch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties["base-branch"].items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties["base-branch"].items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/labels/rules/" + i2 + "/base-branch", schemaPath: "#/properties/labels/properties/rules/items/properties/base-branch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties["base-branch"].type, parentSchema: schema11.properties.labels.properties.rules.items.properties["base-branch"], data: data31 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data13.authors !== void 0) {
              let data33 = data13.authors;
              if (Array.isArray(data33)) {
                const len12 = data33.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data34 = data33[i12];
                  if (typeof data34 !== "string") {
                    const err59 = { instancePath: instancePath + "/labels/rules/" + i2 + "/authors/" + i12, schemaPath: "#/properties/labels/properties/rules/items/properties/authors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties.authors.items.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.authors.items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/labels/rules/" + i2 + "/authors", schemaPath: "#/properties/labels/properties/rules/items/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.items.properties.authors.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.authors, data: data33 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            let data35 = data13.match;
            if (typeof data35 !== "string") {
              const err61 = { instancePath: instancePath + "/labels/rules/" + i2 + "/match", schemaPath: "#/properties/labels/properties/rules/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.rules.items.properties.match.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.match, data: data35 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (!(data35 === "any" || data35 === "all")) {
              const err62 = { instancePath: instancePath + "/labels/rules/" + i2 + "/match", schemaPath: "#/properties/labels/properties/rules/items/properties/match/enum", keyword: "enum", params: { allowedValues: schema11.properties.labels.properties.rules.items.properties.match.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.labels.properties.rules.items.properties.match.enum, parentSchema: schema11.properties.labels.properties.rules.items.properties.match, data: data35 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            let data36 = data13.sync;
            if (typeof data36 !== "boolean") {
              const err63 = { instancePath: instancePath + "/labels/rules/" + i2 + "/sync", schemaPath: "#/properties/labels/properties/rules/items/properties/sync/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.labels.properties.rules.items.properties.sync.type, parentSchema: schema11.properties.labels.properties.rules.items.properties.sync, data: data36 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/labels/rules/" + i2, schemaPath: "#/properties/labels/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.rules.items.type, parentSchema: schema11.properties.labels.properties.rules.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/labels/rules", schemaPath: "#/properties/labels/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.rules.type, parentSchema: schema11.properties.labels.properties.rules, data: data12 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      let data37 = data0.inherit;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (data37.labels === void 0) {
          data37.labels = [];
        }
        if (data37.from === void 0) {
          data37.from = "epic";
        }
        if (data37.sync === void 0) {
          data37.sync = false;
        }
        for (const key8 in data37) {
          if (!(key8 === "labels" || key8 === "from" || key8 === "sync")) {
            const err66 = { instancePath: instancePath + "/labels/inherit", schemaPath: "#/properties/labels/properties/inherit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.labels.properties.inherit, data: data37 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        let data38 = data37.labels;
        if (Array.isArray(data38)) {
          const len13 = data38.length;
          for (let i13 = 0; i13 < len13; i13++) {
            let data39 = data38[i13];
            if (typeof data39 === "string") {
              if (func2(data39) > 50) {
                const err67 = { instancePath: instancePath + "/labels/inherit/labels/" + i13, schemaPath: "#/properties/labels/properties/inherit/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.labels.properties.inherit.properties.labels.items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (func2(data39) < 1) {
                const err68 = { instancePath: instancePath + "/labels/inherit/labels/" + i13, schemaPath: "#/properties/labels/properties/inherit/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.labels.properties.inherit.properties.labels.items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            } else {
              const err69 = { instancePath: instancePath + "/labels/inherit/labels/" + i13, schemaPath: "#/properties/labels/properties/inherit/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.inherit.properties.labels.items.type, parentSchema: schema11.properties.labels.properties.inherit.properties.labels.items, data: data39 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        } else {
          const err70 = { instancePath: instancePath + "/labels/inherit/labels", schemaPath: "#/properties/labels/properties/inherit/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.labels.properties.inherit.properties.labels.type, parentSchema: schema11.properties.labels.properties.inherit.properties.labels, data: data38 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        let data40 = data37.from;
        if (typeof data40 !== "string") {
          const err71 = { instancePath: instancePath + "/labels/inherit/from", schemaPath: "#/properties/labels/properties/inherit/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.labels.properties.inherit.properties.from.type, parentSchema: schema11.properties.labels.properties.inherit.properties.from, data: data40 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        if (!(data40 === "epic")) {
          const err72 = { instancePath: instancePath + "/labels/inherit/from", schemaPath: "#/properties/labels/properties/inherit/properties/from/enum", keyword: "enum", params: { allowedValues: schema11.properties.labels.properties.inherit.properties.from.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.labels.properties.inherit.properties.from.enum, parentSchema: schema11.properties.labels.properties.inherit.properties.from, data: data40 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        let data41 = data37.sync;
        if (typeof data41 !== "boolean") {
          const err73 = { instancePath: instancePath + "/labels/inherit/sync", schemaPath: "#/properties/labels/properties/inherit/properties/sync/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.labels.properties.inherit.properties.sync.type, parentSchema: schema11.properties.labels.properties.inherit.properties.sync, data: data41 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      } else {
        const err74 = { instancePath: instancePath + "/labels/inherit", schemaPath: "#/properties/labels/properties/inherit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.properties.inherit.type, parentSchema: schema11.properties.labels.properties.inherit, data: data37 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      let data42 = data0["regex-timeout-ms"];
      if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
        const err75 = { instancePath: instancePath + "/labels/regex-timeout-ms", schemaPath: "#/properties/labels/properties/regex-timeout-ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.labels.properties["regex-timeout-ms"].type, parentSchema: schema11.properties.labels.properties["regex-timeout-ms"], data: data42 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (typeof data42 == "number") {
        if (data42 > 5e3 || isNaN(data42)) {
          const err76 = { instancePath: instancePath + "/labels/regex-timeout-ms", schemaPath: "#/properties/labels/properties/regex-timeout-ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5e3 }, message: "must be <= 5000", schema: 5e3, parentSchema: schema11.properties.labels.properties["regex-timeout-ms"], data: data42 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data42 < 1 || isNaN(data42)) {
          const err77 = { instancePath: instancePath + "/labels/regex-timeout-ms", schemaPath: "#/properties/labels/properties/regex-timeout-ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.labels.properties["regex-timeout-ms"], data: data42 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
    } else {
      const err78 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.labels.type, parentSchema: schema11.properties.labels, data: data0 };
      if (vErrors === null) {
        vErrors = [err78];
      } else {
        vErrors.push(err78);
      }
      errors++;
    }
    let data43 = data.epics;
    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
      if (data43.enabled === void 0) {
        data43.enabled = true;
      }
      if (data43.label === void 0) {
        data43.label = "Epic";
      }
      if (data43.types === void 0) {
        data43.types = [];
      }
      if (data43.project === void 0) {
        data43.project = {};
      }
      if (data43["not-planned"] === void 0) {
        data43["not-planned"] = "unticked";
      }
      if (data43.sections === void 0) {
        data43.sections = [];
      }
      if (data43["done-when"] === void 0) {
        data43["done-when"] = "all-items";
      }
      if (data43["append-section"] === void 0) {
        data43["append-section"] = "";
      }
      if (data43["append-associations"] === void 0) {
        data43["append-associations"] = ["OWNER", "MEMBER", "COLLABORATOR"];
      }
      if (data43.triggers === void 0) {
        data43.triggers = ["issues.closed", "issues.reopened", "issues.edited", "issues.labeled", "issues.typed", "issues.untyped", "pull_request.closed", "schedule", "workflow_dispatch"];
      }
      if (data43["close-on-merge"] === void 0) {
        data43["close-on-merge"] = true;
      }
      if (data43.handoff === void 0) {
        data43.handoff = {};
      }
      for (const key9 in data43) {
        if (!func7.call(schema11.properties.epics.properties, key9)) {
          const err79 = { instancePath: instancePath + "/epics", schemaPath: "#/properties/epics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.epics, data: data43 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
      }
      let data44 = data43.enabled;
      if (typeof data44 !== "boolean") {
        const err80 = { instancePath: instancePath + "/epics/enabled", schemaPath: "#/properties/epics/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.epics.properties.enabled.type, parentSchema: schema11.properties.epics.properties.enabled, data: data44 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
      let data45 = data43.label;
      if (typeof data45 === "string") {
        if (func2(data45) > 50) {
          const err81 = { instancePath: instancePath + "/epics/label", schemaPath: "#/properties/epics/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.epics.properties.label, data: data45 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        if (func2(data45) < 1) {
          const err82 = { instancePath: instancePath + "/epics/label", schemaPath: "#/properties/epics/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.epics.properties.label, data: data45 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      } else {
        const err83 = { instancePath: instancePath + "/epics/label", schemaPath: "#/properties/epics/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.label.type, parentSchema: schema11.properties.epics.properties.label, data: data45 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
      let data46 = data43.types;
      if (Array.isArray(data46)) {
        const len14 = data46.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data47 = data46[i14];
          if (typeof data47 === "string") {
            if (func2(data47) < 1) {
              const err84 = { instancePath: instancePath + "/epics/types/" + i14, schemaPath: "#/properties/epics/properties/types/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.epics.properties.types.items, data: data47 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/epics/types/" + i14, schemaPath: "#/properties/epics/properties/types/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.types.items.type, parentSchema: schema11.properties.epics.properties.types.items, data: data47 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/epics/types", schemaPath: "#/properties/epics/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties.types.type, parentSchema: schema11.properties.epics.properties.types, data: data46 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
      let data48 = data43.project;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        if (data48.owner === void 0) {
          data48.owner = "";
        }
        if (data48.number === void 0) {
          data48.number = 0;
        }
        for (const key10 in data48) {
          if (!(key10 === "owner" || key10 === "number")) {
            const err87 = { instancePath: instancePath + "/epics/project", schemaPath: "#/properties/epics/properties/project/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.epics.properties.project, data: data48 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        let data49 = data48.owner;
        if (typeof data49 === "string") {
          if (!pattern1.test(data49)) {
            const err88 = { instancePath: instancePath + "/epics/project/owner", schemaPath: "#/properties/epics/properties/project/properties/owner/pattern", keyword: "pattern", params: { pattern: "^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"', schema: "^$|^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: schema11.properties.epics.properties.project.properties.owner, data: data49 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        } else {
          const err89 = { instancePath: instancePath + "/epics/project/owner", schemaPath: "#/properties/epics/properties/project/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.project.properties.owner.type, parentSchema: schema11.properties.epics.properties.project.properties.owner, data: data49 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        let data50 = data48.number;
        if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
          const err90 = { instancePath: instancePath + "/epics/project/number", schemaPath: "#/properties/epics/properties/project/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.epics.properties.project.properties.number.type, parentSchema: schema11.properties.epics.properties.project.properties.number, data: data50 };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        if (typeof data50 == "number") {
          if (data50 < 0 || isNaN(data50)) {
            const err91 = { instancePath: instancePath + "/epics/project/number", schemaPath: "#/properties/epics/properties/project/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.epics.properties.project.properties.number, data: data50 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/epics/project", schemaPath: "#/properties/epics/properties/project/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.epics.properties.project.type, parentSchema: schema11.properties.epics.properties.project, data: data48 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
      let data51 = data43["not-planned"];
      if (typeof data51 !== "string") {
        const err93 = { instancePath: instancePath + "/epics/not-planned", schemaPath: "#/properties/epics/properties/not-planned/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties["not-planned"].type, parentSchema: schema11.properties.epics.properties["not-planned"], data: data51 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
      if (!(data51 === "unticked" || data51 === "ticked" || data51 === "strike")) {
        const err94 = { instancePath: instancePath + "/epics/not-planned", schemaPath: "#/properties/epics/properties/not-planned/enum", keyword: "enum", params: { allowedValues: schema11.properties.epics.properties["not-planned"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.epics.properties["not-planned"].enum, parentSchema: schema11.properties.epics.properties["not-planned"], data: data51 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
      let data52 = data43.sections;
      if (Array.isArray(data52)) {
        const len15 = data52.length;
        for (let i15 = 0; i15 < len15; i15++) {
          let data53 = data52[i15];
          if (typeof data53 !== "string") {
            const err95 = { instancePath: instancePath + "/epics/sections/" + i15, schemaPath: "#/properties/epics/properties/sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.sections.items.type, parentSchema: schema11.properties.epics.properties.sections.items, data: data53 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/epics/sections", schemaPath: "#/properties/epics/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties.sections.type, parentSchema: schema11.properties.epics.properties.sections, data: data52 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
      let data54 = data43["done-when"];
      if (typeof data54 !== "string") {
        const err97 = { instancePath: instancePath + "/epics/done-when", schemaPath: "#/properties/epics/properties/done-when/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties["done-when"].type, parentSchema: schema11.properties.epics.properties["done-when"], data: data54 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
      if (!(data54 === "all-items" || data54 === "all-stories")) {
        const err98 = { instancePath: instancePath + "/epics/done-when", schemaPath: "#/properties/epics/properties/done-when/enum", keyword: "enum", params: { allowedValues: schema11.properties.epics.properties["done-when"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.epics.properties["done-when"].enum, parentSchema: schema11.properties.epics.properties["done-when"], data: data54 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
      let data55 = data43["append-section"];
      if (typeof data55 !== "string") {
        const err99 = { instancePath: instancePath + "/epics/append-section", schemaPath: "#/properties/epics/properties/append-section/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties["append-section"].type, parentSchema: schema11.properties.epics.properties["append-section"], data: data55 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
      let data56 = data43["append-associations"];
      if (Array.isArray(data56)) {
        const len16 = data56.length;
        for (let i16 = 0; i16 < len16; i16++) {
          let data57 = data56[i16];
          if (typeof data57 !== "string") {
            const err100 = { instancePath: instancePath + "/epics/append-associations/" + i16, schemaPath: "#/properties/epics/properties/append-associations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties["append-associations"].items.type, parentSchema: schema11.properties.epics.properties["append-associations"].items, data: data57 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (!(data57 === "OWNER" || data57 === "MEMBER" || data57 === "COLLABORATOR" || data57 === "CONTRIBUTOR" || data57 === "FIRST_TIME_CONTRIBUTOR" || data57 === "FIRST_TIMER" || data57 === "NONE")) {
            const err101 = { instancePath: instancePath + "/epics/append-associations/" + i16, schemaPath: "#/properties/epics/properties/append-associations/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.epics.properties["append-associations"].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.epics.properties["append-associations"].items.enum, parentSchema: schema11.properties.epics.properties["append-associations"].items, data: data57 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = { instancePath: instancePath + "/epics/append-associations", schemaPath: "#/properties/epics/properties/append-associations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties["append-associations"].type, parentSchema: schema11.properties.epics.properties["append-associations"], data: data56 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
      let data58 = data43.triggers;
      if (Array.isArray(data58)) {
        const len17 = data58.length;
        for (let i17 = 0; i17 < len17; i17++) {
          let data59 = data58[i17];
          if (typeof data59 !== "string") {
            const err103 = { instancePath: instancePath + "/epics/triggers/" + i17, schemaPath: "#/properties/epics/properties/triggers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.triggers.items.type, parentSchema: schema11.properties.epics.properties.triggers.items, data: data59 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          if (!(data59 === "issues.closed" || data59 === "issues.reopened" || data59 === "issues.edited" || data59 === "issues.labeled" || data59 === "issues.typed" || data59 === "issues.untyped" || data59 === "pull_request.closed" || data59 === "schedule" || data59 === "workflow_dispatch")) {
            const err104 = { instancePath: instancePath + "/epics/triggers/" + i17, schemaPath: "#/properties/epics/properties/triggers/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.epics.properties.triggers.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.epics.properties.triggers.items.enum, parentSchema: schema11.properties.epics.properties.triggers.items, data: data59 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/epics/triggers", schemaPath: "#/properties/epics/properties/triggers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties.triggers.type, parentSchema: schema11.properties.epics.properties.triggers, data: data58 };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
      let data60 = data43["close-on-merge"];
      if (typeof data60 !== "boolean") {
        const err106 = { instancePath: instancePath + "/epics/close-on-merge", schemaPath: "#/properties/epics/properties/close-on-merge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.epics.properties["close-on-merge"].type, parentSchema: schema11.properties.epics.properties["close-on-merge"], data: data60 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
      let data61 = data43.handoff;
      if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
        if (data61.labels === void 0) {
          data61.labels = [];
        }
        if (data61.mention === void 0) {
          data61.mention = [];
        }
        if (data61.comment === void 0) {
          data61.comment = "All {done} children of this epic are done: handing over to {mentions}.";
        }
        if (data61["reopened-comment"] === void 0) {
          data61["reopened-comment"] = "Handoff withdrawn: {reopened} reopened, {done}/{total} children done. {mentions}";
        }
        if (data61["close-epic"] === void 0) {
          data61["close-epic"] = false;
        }
        for (const key11 in data61) {
          if (!(key11 === "labels" || key11 === "mention" || key11 === "comment" || key11 === "reopened-comment" || key11 === "close-epic")) {
            const err107 = { instancePath: instancePath + "/epics/handoff", schemaPath: "#/properties/epics/properties/handoff/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.epics.properties.handoff, data: data61 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        let data62 = data61.labels;
        if (Array.isArray(data62)) {
          const len18 = data62.length;
          for (let i18 = 0; i18 < len18; i18++) {
            let data63 = data62[i18];
            if (typeof data63 === "string") {
              if (func2(data63) > 50) {
                const err108 = { instancePath: instancePath + "/epics/handoff/labels/" + i18, schemaPath: "#/properties/epics/properties/handoff/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.epics.properties.handoff.properties.labels.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              if (func2(data63) < 1) {
                const err109 = { instancePath: instancePath + "/epics/handoff/labels/" + i18, schemaPath: "#/properties/epics/properties/handoff/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.epics.properties.handoff.properties.labels.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            } else {
              const err110 = { instancePath: instancePath + "/epics/handoff/labels/" + i18, schemaPath: "#/properties/epics/properties/handoff/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.handoff.properties.labels.items.type, parentSchema: schema11.properties.epics.properties.handoff.properties.labels.items, data: data63 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
        } else {
          const err111 = { instancePath: instancePath + "/epics/handoff/labels", schemaPath: "#/properties/epics/properties/handoff/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties.handoff.properties.labels.type, parentSchema: schema11.properties.epics.properties.handoff.properties.labels, data: data62 };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
        let data64 = data61.mention;
        if (Array.isArray(data64)) {
          const len19 = data64.length;
          for (let i19 = 0; i19 < len19; i19++) {
            let data65 = data64[i19];
            if (typeof data65 === "string") {
              if (!pattern2.test(data65)) {
                const err112 = { instancePath: instancePath + "/epics/handoff/mention/" + i19, schemaPath: "#/properties/epics/properties/handoff/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.epics.properties.handoff.properties.mention.items, data: data65 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            } else {
              const err113 = { instancePath: instancePath + "/epics/handoff/mention/" + i19, schemaPath: "#/properties/epics/properties/handoff/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.handoff.properties.mention.items.type, parentSchema: schema11.properties.epics.properties.handoff.properties.mention.items, data: data65 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
        } else {
          const err114 = { instancePath: instancePath + "/epics/handoff/mention", schemaPath: "#/properties/epics/properties/handoff/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.epics.properties.handoff.properties.mention.type, parentSchema: schema11.properties.epics.properties.handoff.properties.mention, data: data64 };
          if (vErrors === null) {
            vErrors = [err114];
          } else {
            vErrors.push(err114);
          }
          errors++;
        }
        let data66 = data61.comment;
        if (typeof data66 !== "string") {
          const err115 = { instancePath: instancePath + "/epics/handoff/comment", schemaPath: "#/properties/epics/properties/handoff/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.handoff.properties.comment.type, parentSchema: schema11.properties.epics.properties.handoff.properties.comment, data: data66 };
          if (vErrors === null) {
            vErrors = [err115];
          } else {
            vErrors.push(err115);
          }
          errors++;
        }
        let data67 = data61["reopened-comment"];
        if (typeof data67 !== "string") {
          const err116 = { instancePath: instancePath + "/epics/handoff/reopened-comment", schemaPath: "#/properties/epics/properties/handoff/properties/reopened-comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.epics.properties.handoff.properties["reopened-comment"].type, parentSchema: schema11.properties.epics.properties.handoff.properties["reopened-comment"], data: data67 };
          if (vErrors === null) {
            vErrors = [err116];
          } else {
            vErrors.push(err116);
          }
          errors++;
        }
        let data68 = data61["close-epic"];
        if (typeof data68 !== "boolean") {
          const err117 = { instancePath: instancePath + "/epics/handoff/close-epic", schemaPath: "#/properties/epics/properties/handoff/properties/close-epic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.epics.properties.handoff.properties["close-epic"].type, parentSchema: schema11.properties.epics.properties.handoff.properties["close-epic"], data: data68 };
          if (vErrors === null) {
            vErrors = [err117];
          } else {
            vErrors.push(err117);
          }
          errors++;
        }
      } else {
        const err118 = { instancePath: instancePath + "/epics/handoff", schemaPath: "#/properties/epics/properties/handoff/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.epics.properties.handoff.type, parentSchema: schema11.properties.epics.properties.handoff, data: data61 };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    } else {
      const err119 = { instancePath: instancePath + "/epics", schemaPath: "#/properties/epics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.epics.type, parentSchema: schema11.properties.epics, data: data43 };
      if (vErrors === null) {
        vErrors = [err119];
      } else {
        vErrors.push(err119);
      }
      errors++;
    }
    let data69 = data.gates;
    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
      if (data69.reports === void 0) {
        data69.reports = ["**/junit*.xml", "**/TEST-*.xml", "**/test-results/**/*.xml", "**/jest-results.json"];
      }
      if (data69.artifacts === void 0) {
        data69.artifacts = ["*"];
      }
      if (data69["max-report-size"] === void 0) {
        data69["max-report-size"] = 200;
      }
      if (data69["max-artifacts-size"] === void 0) {
        data69["max-artifacts-size"] = 200;
      }
      if (data69["fail-on"] === void 0) {
        data69["fail-on"] = "gate-failure";
      }
      if (data69.flaky === void 0) {
        data69.flaky = "pass";
      }
      if (data69["comment-mode"] === void 0) {
        data69["comment-mode"] = "always";
      }
      if (data69.publish === void 0) {
        data69.publish = {};
      }
      if (data69.baseline === void 0) {
        data69.baseline = {};
      }
      if (data69.items === void 0) {
        data69.items = [];
      }
      for (const key12 in data69) {
        if (!func7.call(schema11.properties.gates.properties, key12)) {
          const err120 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates, data: data69 };
          if (vErrors === null) {
            vErrors = [err120];
          } else {
            vErrors.push(err120);
          }
          errors++;
        }
      }
      let data70 = data69.reports;
      if (Array.isArray(data70)) {
        const len20 = data70.length;
        for (let i20 = 0; i20 < len20; i20++) {
          let data71 = data70[i20];
          if (typeof data71 === "string") {
            if (func2(data71) < 1) {
              const err121 = { instancePath: instancePath + "/gates/reports/" + i20, schemaPath: "#/properties/gates/properties/reports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.reports.items, data: data71 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          } else {
            const err122 = { instancePath: instancePath + "/gates/reports/" + i20, schemaPath: "#/properties/gates/properties/reports/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.reports.items.type, parentSchema: schema11.properties.gates.properties.reports.items, data: data71 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/gates/reports", schemaPath: "#/properties/gates/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.reports.type, parentSchema: schema11.properties.gates.properties.reports, data: data70 };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
      let data72 = data69.artifacts;
      if (Array.isArray(data72)) {
        const len21 = data72.length;
        for (let i21 = 0; i21 < len21; i21++) {
          let data73 = data72[i21];
          if (typeof data73 === "string") {
            if (func2(data73) < 1) {
              const err124 = { instancePath: instancePath + "/gates/artifacts/" + i21, schemaPath: "#/properties/gates/properties/artifacts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.artifacts.items, data: data73 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
          } else {
            const err125 = { instancePath: instancePath + "/gates/artifacts/" + i21, schemaPath: "#/properties/gates/properties/artifacts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.artifacts.items.type, parentSchema: schema11.properties.gates.properties.artifacts.items, data: data73 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/gates/artifacts", schemaPath: "#/properties/gates/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.artifacts.type, parentSchema: schema11.properties.gates.properties.artifacts, data: data72 };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
      let data74 = data69["max-report-size"];
      if (typeof data74 == "number") {
        if (data74 <= 0 || isNaN(data74)) {
          const err127 = { instancePath: instancePath + "/gates/max-report-size", schemaPath: "#/properties/gates/properties/max-report-size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gates.properties["max-report-size"], data: data74 };
          if (vErrors === null) {
            vErrors = [err127];
          } else {
            vErrors.push(err127);
          }
          errors++;
        }
      } else {
        const err128 = { instancePath: instancePath + "/gates/max-report-size", schemaPath: "#/properties/gates/properties/max-report-size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.properties["max-report-size"].type, parentSchema: schema11.properties.gates.properties["max-report-size"], data: data74 };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
      let data75 = data69["max-artifacts-size"];
      if (typeof data75 == "number") {
        if (data75 <= 0 || isNaN(data75)) {
          const err129 = { instancePath: instancePath + "/gates/max-artifacts-size", schemaPath: "#/properties/gates/properties/max-artifacts-size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.gates.properties["max-artifacts-size"], data: data75 };
          if (vErrors === null) {
            vErrors = [err129];
          } else {
            vErrors.push(err129);
          }
          errors++;
        }
      } else {
        const err130 = { instancePath: instancePath + "/gates/max-artifacts-size", schemaPath: "#/properties/gates/properties/max-artifacts-size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.properties["max-artifacts-size"].type, parentSchema: schema11.properties.gates.properties["max-artifacts-size"], data: data75 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      let data76 = data69["fail-on"];
      if (typeof data76 !== "string") {
        const err131 = { instancePath: instancePath + "/gates/fail-on", schemaPath: "#/properties/gates/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties["fail-on"].type, parentSchema: schema11.properties.gates.properties["fail-on"], data: data76 };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
      if (!(data76 === "never" || data76 === "gate-failure" || data76 === "regression")) {
        const err132 = { instancePath: instancePath + "/gates/fail-on", schemaPath: "#/properties/gates/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gates.properties["fail-on"].enum, parentSchema: schema11.properties.gates.properties["fail-on"], data: data76 };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
      let data77 = data69.flaky;
      if (typeof data77 !== "string") {
        const err133 = { instancePath: instancePath + "/gates/flaky", schemaPath: "#/properties/gates/properties/flaky/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.flaky.type, parentSchema: schema11.properties.gates.properties.flaky, data: data77 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
      if (!(data77 === "pass" || data77 === "fail" || data77 === "exclude")) {
        const err134 = { instancePath: instancePath + "/gates/flaky", schemaPath: "#/properties/gates/properties/flaky/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.properties.flaky.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gates.properties.flaky.enum, parentSchema: schema11.properties.gates.properties.flaky, data: data77 };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
      let data78 = data69["comment-mode"];
      if (typeof data78 !== "string") {
        const err135 = { instancePath: instancePath + "/gates/comment-mode", schemaPath: "#/properties/gates/properties/comment-mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties["comment-mode"].type, parentSchema: schema11.properties.gates.properties["comment-mode"], data: data78 };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
      if (!(data78 === "always" || data78 === "changes" || data78 === "failures" || data78 === "off")) {
        const err136 = { instancePath: instancePath + "/gates/comment-mode", schemaPath: "#/properties/gates/properties/comment-mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.properties["comment-mode"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gates.properties["comment-mode"].enum, parentSchema: schema11.properties.gates.properties["comment-mode"], data: data78 };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
      let data79 = data69.publish;
      if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
        if (data79.summary === void 0) {
          data79.summary = true;
        }
        if (data79.comment === void 0) {
          data79.comment = true;
        }
        if (data79["check-run"] === void 0) {
          data79["check-run"] = true;
        }
        if (data79["check-name"] === void 0) {
          data79["check-name"] = "Epic Steward: quality gates";
        }
        if (data79.annotations === void 0) {
          data79.annotations = 200;
        }
        for (const key13 in data79) {
          if (!(key13 === "summary" || key13 === "comment" || key13 === "check-run" || key13 === "check-name" || key13 === "annotations")) {
            const err137 = { instancePath: instancePath + "/gates/publish", schemaPath: "#/properties/gates/properties/publish/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.publish, data: data79 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        let data80 = data79.summary;
        if (typeof data80 !== "boolean") {
          const err138 = { instancePath: instancePath + "/gates/publish/summary", schemaPath: "#/properties/gates/properties/publish/properties/summary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.publish.properties.summary.type, parentSchema: schema11.properties.gates.properties.publish.properties.summary, data: data80 };
          if (vErrors === null) {
            vErrors = [err138];
          } else {
            vErrors.push(err138);
          }
          errors++;
        }
        let data81 = data79.comment;
        if (typeof data81 !== "boolean") {
          const err139 = { instancePath: instancePath + "/gates/publish/comment", schemaPath: "#/properties/gates/properties/publish/properties/comment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.publish.properties.comment.type, parentSchema: schema11.properties.gates.properties.publish.properties.comment, data: data81 };
          if (vErrors === null) {
            vErrors = [err139];
          } else {
            vErrors.push(err139);
          }
          errors++;
        }
        let data82 = data79["check-run"];
        if (typeof data82 !== "boolean") {
          const err140 = { instancePath: instancePath + "/gates/publish/check-run", schemaPath: "#/properties/gates/properties/publish/properties/check-run/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.publish.properties["check-run"].type, parentSchema: schema11.properties.gates.properties.publish.properties["check-run"], data: data82 };
          if (vErrors === null) {
            vErrors = [err140];
          } else {
            vErrors.push(err140);
          }
          errors++;
        }
        let data83 = data79["check-name"];
        if (typeof data83 === "string") {
          if (func2(data83) < 1) {
            const err141 = { instancePath: instancePath + "/gates/publish/check-name", schemaPath: "#/properties/gates/properties/publish/properties/check-name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.publish.properties["check-name"], data: data83 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        } else {
          const err142 = { instancePath: instancePath + "/gates/publish/check-name", schemaPath: "#/properties/gates/properties/publish/properties/check-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.publish.properties["check-name"].type, parentSchema: schema11.properties.gates.properties.publish.properties["check-name"], data: data83 };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
        let data84 = data79.annotations;
        if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
          const err143 = { instancePath: instancePath + "/gates/publish/annotations", schemaPath: "#/properties/gates/properties/publish/properties/annotations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gates.properties.publish.properties.annotations.type, parentSchema: schema11.properties.gates.properties.publish.properties.annotations, data: data84 };
          if (vErrors === null) {
            vErrors = [err143];
          } else {
            vErrors.push(err143);
          }
          errors++;
        }
        if (typeof data84 == "number") {
          if (data84 > 1e3 || isNaN(data84)) {
            const err144 = { instancePath: instancePath + "/gates/publish/annotations", schemaPath: "#/properties/gates/properties/publish/properties/annotations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.gates.properties.publish.properties.annotations, data: data84 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
          if (data84 < 0 || isNaN(data84)) {
            const err145 = { instancePath: instancePath + "/gates/publish/annotations", schemaPath: "#/properties/gates/properties/publish/properties/annotations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.publish.properties.annotations, data: data84 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
      } else {
        const err146 = { instancePath: instancePath + "/gates/publish", schemaPath: "#/properties/gates/properties/publish/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.publish.type, parentSchema: schema11.properties.gates.properties.publish, data: data79 };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
      let data85 = data69.baseline;
      if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
        if (data85.record === void 0) {
          data85.record = true;
        }
        if (data85.compare === void 0) {
          data85.compare = true;
        }
        for (const key14 in data85) {
          if (!(key14 === "record" || key14 === "compare")) {
            const err147 = { instancePath: instancePath + "/gates/baseline", schemaPath: "#/properties/gates/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.baseline, data: data85 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        let data86 = data85.record;
        if (typeof data86 !== "boolean") {
          const err148 = { instancePath: instancePath + "/gates/baseline/record", schemaPath: "#/properties/gates/properties/baseline/properties/record/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.baseline.properties.record.type, parentSchema: schema11.properties.gates.properties.baseline.properties.record, data: data86 };
          if (vErrors === null) {
            vErrors = [err148];
          } else {
            vErrors.push(err148);
          }
          errors++;
        }
        let data87 = data85.compare;
        if (typeof data87 !== "boolean") {
          const err149 = { instancePath: instancePath + "/gates/baseline/compare", schemaPath: "#/properties/gates/properties/baseline/properties/compare/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.baseline.properties.compare.type, parentSchema: schema11.properties.gates.properties.baseline.properties.compare, data: data87 };
          if (vErrors === null) {
            vErrors = [err149];
          } else {
            vErrors.push(err149);
          }
          errors++;
        }
      } else {
        const err150 = { instancePath: instancePath + "/gates/baseline", schemaPath: "#/properties/gates/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.baseline.type, parentSchema: schema11.properties.gates.properties.baseline, data: data85 };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
      let data88 = data69.items;
      if (Array.isArray(data88)) {
        const len22 = data88.length;
        for (let i22 = 0; i22 < len22; i22++) {
          let data89 = data88[i22];
          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
            if (data89.select === void 0) {
              data89.select = {};
            }
            if (data89["min-tests"] === void 0) {
              data89["min-tests"] = 0;
            }
            if (data89["no-regression"] === void 0) {
              data89["no-regression"] = false;
            }
            if (data89.critical === void 0) {
              data89.critical = false;
            }
            if (data89.name === void 0) {
              const err151 = { instancePath: instancePath + "/gates/items/" + i22, schemaPath: "#/properties/gates/properties/items/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.gates.properties.items.items.required, parentSchema: schema11.properties.gates.properties.items.items, data: data89 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            for (const key15 in data89) {
              if (!func7.call(schema11.properties.gates.properties.items.items.properties, key15)) {
                const err152 = { instancePath: instancePath + "/gates/items/" + i22, schemaPath: "#/properties/gates/properties/items/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.items.items, data: data89 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data89.name !== void 0) {
              let data90 = data89.name;
              if (typeof data90 === "string") {
                if (!pattern3.test(data90)) {
                  const err153 = { instancePath: instancePath + "/gates/items/" + i22 + "/name", schemaPath: "#/properties/gates/properties/items/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema11.properties.gates.properties.items.items.properties.name, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              } else {
                const err154 = { instancePath: instancePath + "/gates/items/" + i22 + "/name", schemaPath: "#/properties/gates/properties/items/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.name.type, parentSchema: schema11.properties.gates.properties.items.items.properties.name, data: data90 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data89.title !== void 0) {
              let data91 = data89.title;
              if (typeof data91 !== "string") {
                const err155 = { instancePath: instancePath + "/gates/items/" + i22 + "/title", schemaPath: "#/properties/gates/properties/items/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.title.type, parentSchema: schema11.properties.gates.properties.items.items.properties.title, data: data91 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data89.reports !== void 0) {
              let data92 = data89.reports;
              if (Array.isArray(data92)) {
                const len23 = data92.length;
                for (let i23 = 0; i23 < len23; i23++) {
                  let data93 = data92[i23];
                  if (typeof data93 === "string") {
                    if (func2(data93) < 1) {
                      const err156 = { instancePath: instancePath + "/gates/items/" + i22 + "/reports/" + i23, schemaPath: "#/properties/gates/properties/items/items/properties/reports/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties.reports.items, data: data93 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/gates/items/" + i22 + "/reports/" + i23, schemaPath: "#/properties/gates/properties/items/items/properties/reports/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.reports.items.type, parentSchema: schema11.properties.gates.properties.items.items.properties.reports.items, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/gates/items/" + i22 + "/reports", schemaPath: "#/properties/gates/properties/items/items/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.items.items.properties.reports.type, parentSchema: schema11.properties.gates.properties.items.items.properties.reports, data: data92 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            let data94 = data89.select;
            if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
              if (data94.files === void 0) {
                data94.files = [];
              }
              if (data94.classes === void 0) {
                data94.classes = [];
              }
              if (data94.suites === void 0) {
                data94.suites = [];
              }
              for (const key16 in data94) {
                if (!(key16 === "files" || key16 === "classes" || key16 === "suites")) {
                  const err159 = { instancePath: instancePath + "/gates/items/" + i22 + "/select", schemaPath: "#/properties/gates/properties/items/items/properties/select/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.items.items.properties.select, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
              }
              let data95 = data94.files;
              if (Array.isArray(data95)) {
                const len24 = data95.length;
                for (let i24 = 0; i24 < len24; i24++) {
                  let data96 = data95[i24];
                  if (typeof data96 === "string") {
                    if (func2(data96) < 1) {
                      const err160 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/files/" + i24, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.files.items, data: data96 };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                  } else {
                    const err161 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/files/" + i24, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.select.properties.files.items.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.files.items, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
              } else {
                const err162 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/files", schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.items.items.properties.select.properties.files.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.files, data: data95 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
              let data97 = data94.classes;
              if (Array.isArray(data97)) {
                const len25 = data97.length;
                for (let i25 = 0; i25 < len25; i25++) {
                  let data98 = data97[i25];
                  if (typeof data98 === "string") {
                    if (func2(data98) < 1) {
                      const err163 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/classes/" + i25, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/classes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.classes.items, data: data98 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/classes/" + i25, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.select.properties.classes.items.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.classes.items, data: data98 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
              } else {
                const err165 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/classes", schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.items.items.properties.select.properties.classes.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.classes, data: data97 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              let data99 = data94.suites;
              if (Array.isArray(data99)) {
                const len26 = data99.length;
                for (let i26 = 0; i26 < len26; i26++) {
                  let data100 = data99[i26];
                  if (typeof data100 === "string") {
                    if (func2(data100) < 1) {
                      const err166 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/suites/" + i26, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/suites/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.suites.items, data: data100 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  } else {
                    const err167 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/suites/" + i26, schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/suites/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties.select.properties.suites.items.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.suites.items, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
              } else {
                const err168 = { instancePath: instancePath + "/gates/items/" + i22 + "/select/suites", schemaPath: "#/properties/gates/properties/items/items/properties/select/properties/suites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.items.items.properties.select.properties.suites.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select.properties.suites, data: data99 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            } else {
              const err169 = { instancePath: instancePath + "/gates/items/" + i22 + "/select", schemaPath: "#/properties/gates/properties/items/items/properties/select/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.items.items.properties.select.type, parentSchema: schema11.properties.gates.properties.items.items.properties.select, data: data94 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            if (data89["pass-rate"] !== void 0) {
              let data101 = data89["pass-rate"];
              if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                for (const key17 in data101) {
                  if (!(key17 === "baseline" || key17 === "target")) {
                    const err170 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"], data: data101 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
                if (data101.baseline !== void 0) {
                  let data102 = data101.baseline;
                  if (!(typeof data102 == "number") && typeof data102 !== "string") {
                    const err171 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/baseline/type", keyword: "type", params: { type: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline.type }, message: "must be number,string", schema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline.type, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err171];
                    } else {
                      vErrors.push(err171);
                    }
                    errors++;
                  }
                  if (typeof data102 == "number") {
                    if (data102 > 100 || isNaN(data102)) {
                      const err172 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/baseline/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                    if (data102 < 0 || isNaN(data102)) {
                      const err173 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/baseline/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  }
                  if (typeof data102 === "string") {
                    if (!pattern4.test(data102)) {
                      const err174 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/baseline/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$" }, message: 'must match pattern "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"', schema: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.baseline, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                  }
                }
                if (data101.target !== void 0) {
                  let data103 = data101.target;
                  if (!(typeof data103 == "number") && typeof data103 !== "string") {
                    const err175 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/target/type", keyword: "type", params: { type: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target.type }, message: "must be number,string", schema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target.type, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                  if (typeof data103 == "number") {
                    if (data103 > 100 || isNaN(data103)) {
                      const err176 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/target/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target, data: data103 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                    if (data103 < 0 || isNaN(data103)) {
                      const err177 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/target/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target, data: data103 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                  }
                  if (typeof data103 === "string") {
                    if (!pattern4.test(data103)) {
                      const err178 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/properties/target/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$" }, message: 'must match pattern "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"', schema: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"].properties.target, data: data103 };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err179 = { instancePath: instancePath + "/gates/items/" + i22 + "/pass-rate", schemaPath: "#/properties/gates/properties/items/items/properties/pass-rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.items.items.properties["pass-rate"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["pass-rate"], data: data101 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data89["execution-rate"] !== void 0) {
              let data104 = data89["execution-rate"];
              if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                for (const key18 in data104) {
                  if (!(key18 === "baseline" || key18 === "target")) {
                    const err180 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"], data: data104 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data104.baseline !== void 0) {
                  let data105 = data104.baseline;
                  if (!(typeof data105 == "number") && typeof data105 !== "string") {
                    const err181 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/baseline/type", keyword: "type", params: { type: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline.type }, message: "must be number,string", schema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline.type, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline, data: data105 };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                  if (typeof data105 == "number") {
                    if (data105 > 100 || isNaN(data105)) {
                      const err182 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/baseline/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline, data: data105 };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    }
                    if (data105 < 0 || isNaN(data105)) {
                      const err183 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/baseline/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline, data: data105 };
                      if (vErrors === null) {
                        vErrors = [err183];
                      } else {
                        vErrors.push(err183);
                      }
                      errors++;
                    }
                  }
                  if (typeof data105 === "string") {
                    if (!pattern4.test(data105)) {
                      const err184 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/baseline", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/baseline/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$" }, message: 'must match pattern "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"', schema: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.baseline, data: data105 };
                      if (vErrors === null) {
                        vErrors = [err184];
                      } else {
                        vErrors.push(err184);
                      }
                      errors++;
                    }
                  }
                }
                if (data104.target !== void 0) {
                  let data106 = data104.target;
                  if (!(typeof data106 == "number") && typeof data106 !== "string") {
                    const err185 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/target/type", keyword: "type", params: { type: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target.type }, message: "must be number,string", schema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target.type, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                  if (typeof data106 == "number") {
                    if (data106 > 100 || isNaN(data106)) {
                      const err186 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/target/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err186];
                      } else {
                        vErrors.push(err186);
                      }
                      errors++;
                    }
                    if (data106 < 0 || isNaN(data106)) {
                      const err187 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/target/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                  }
                  if (typeof data106 === "string") {
                    if (!pattern4.test(data106)) {
                      const err188 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate/target", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/properties/target/pattern", keyword: "pattern", params: { pattern: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$" }, message: 'must match pattern "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"', schema: "^\\s*(>=?)?\\s*\\d+(\\.\\d+)?\\s*%?\\s*$", parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"].properties.target, data: data106 };
                      if (vErrors === null) {
                        vErrors = [err188];
                      } else {
                        vErrors.push(err188);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err189 = { instancePath: instancePath + "/gates/items/" + i22 + "/execution-rate", schemaPath: "#/properties/gates/properties/items/items/properties/execution-rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.items.items.properties["execution-rate"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["execution-rate"], data: data104 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data89["expected-tests"] !== void 0) {
              let data107 = data89["expected-tests"];
              if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)))) {
                const err190 = { instancePath: instancePath + "/gates/items/" + i22 + "/expected-tests", schemaPath: "#/properties/gates/properties/items/items/properties/expected-tests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gates.properties.items.items.properties["expected-tests"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["expected-tests"], data: data107 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
              if (typeof data107 == "number") {
                if (data107 < 1 || isNaN(data107)) {
                  const err191 = { instancePath: instancePath + "/gates/items/" + i22 + "/expected-tests", schemaPath: "#/properties/gates/properties/items/items/properties/expected-tests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties["expected-tests"], data: data107 };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              }
            }
            let data108 = data89["min-tests"];
            if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)))) {
              const err192 = { instancePath: instancePath + "/gates/items/" + i22 + "/min-tests", schemaPath: "#/properties/gates/properties/items/items/properties/min-tests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gates.properties.items.items.properties["min-tests"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["min-tests"], data: data108 };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            if (typeof data108 == "number") {
              if (data108 < 0 || isNaN(data108)) {
                const err193 = { instancePath: instancePath + "/gates/items/" + i22 + "/min-tests", schemaPath: "#/properties/gates/properties/items/items/properties/min-tests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.gates.properties.items.items.properties["min-tests"], data: data108 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            let data109 = data89["no-regression"];
            if (typeof data109 !== "boolean") {
              const err194 = { instancePath: instancePath + "/gates/items/" + i22 + "/no-regression", schemaPath: "#/properties/gates/properties/items/items/properties/no-regression/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.items.items.properties["no-regression"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["no-regression"], data: data109 };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            let data110 = data89.critical;
            if (typeof data110 !== "boolean") {
              const err195 = { instancePath: instancePath + "/gates/items/" + i22 + "/critical", schemaPath: "#/properties/gates/properties/items/items/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.gates.properties.items.items.properties.critical.type, parentSchema: schema11.properties.gates.properties.items.items.properties.critical, data: data110 };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
            if (data89["epic-line"] !== void 0) {
              let data111 = data89["epic-line"];
              if (typeof data111 !== "string") {
                const err196 = { instancePath: instancePath + "/gates/items/" + i22 + "/epic-line", schemaPath: "#/properties/gates/properties/items/items/properties/epic-line/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.properties.items.items.properties["epic-line"].type, parentSchema: schema11.properties.gates.properties.items.items.properties["epic-line"], data: data111 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data89.epic !== void 0) {
              let data112 = data89.epic;
              if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)))) {
                const err197 = { instancePath: instancePath + "/gates/items/" + i22 + "/epic", schemaPath: "#/properties/gates/properties/items/items/properties/epic/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.gates.properties.items.items.properties.epic.type, parentSchema: schema11.properties.gates.properties.items.items.properties.epic, data: data112 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
              if (typeof data112 == "number") {
                if (data112 < 1 || isNaN(data112)) {
                  const err198 = { instancePath: instancePath + "/gates/items/" + i22 + "/epic", schemaPath: "#/properties/gates/properties/items/items/properties/epic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.gates.properties.items.items.properties.epic, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err199 = { instancePath: instancePath + "/gates/items/" + i22, schemaPath: "#/properties/gates/properties/items/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.properties.items.items.type, parentSchema: schema11.properties.gates.properties.items.items, data: data89 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/gates/items", schemaPath: "#/properties/gates/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gates.properties.items.type, parentSchema: schema11.properties.gates.properties.items, data: data88 };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    } else {
      const err201 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.type, parentSchema: schema11.properties.gates, data: data69 };
      if (vErrors === null) {
        vErrors = [err201];
      } else {
        vErrors.push(err201);
      }
      errors++;
    }
    let data113 = data.escalations;
    if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
      if (data113.enabled === void 0) {
        data113.enabled = true;
      }
      if (data113.label === void 0) {
        data113.label = "escalated";
      }
      if (data113.mention === void 0) {
        data113.mention = [];
      }
      if (data113["remind-every"] === void 0) {
        data113["remind-every"] = "";
      }
      if (data113.events === void 0) {
        data113.events = ["schedule", "workflow_dispatch", "issues"];
      }
      if (data113.threshold === void 0) {
        data113.threshold = {};
      }
      if (data113["time-box"] === void 0) {
        data113["time-box"] = {};
      }
      if (data113.estimate === void 0) {
        data113.estimate = {};
      }
      if (data113.stuck === void 0) {
        data113.stuck = {};
      }
      if (data113.report === void 0) {
        data113.report = {};
      }
      for (const key19 in data113) {
        if (!func7.call(schema11.properties.escalations.properties, key19)) {
          const err202 = { instancePath: instancePath + "/escalations", schemaPath: "#/properties/escalations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations, data: data113 };
          if (vErrors === null) {
            vErrors = [err202];
          } else {
            vErrors.push(err202);
          }
          errors++;
        }
      }
      let data114 = data113.enabled;
      if (typeof data114 !== "boolean") {
        const err203 = { instancePath: instancePath + "/escalations/enabled", schemaPath: "#/properties/escalations/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.enabled.type, parentSchema: schema11.properties.escalations.properties.enabled, data: data114 };
        if (vErrors === null) {
          vErrors = [err203];
        } else {
          vErrors.push(err203);
        }
        errors++;
      }
      let data115 = data113.label;
      if (typeof data115 === "string") {
        if (func2(data115) > 50) {
          const err204 = { instancePath: instancePath + "/escalations/label", schemaPath: "#/properties/escalations/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.escalations.properties.label, data: data115 };
          if (vErrors === null) {
            vErrors = [err204];
          } else {
            vErrors.push(err204);
          }
          errors++;
        }
        if (func2(data115) < 1) {
          const err205 = { instancePath: instancePath + "/escalations/label", schemaPath: "#/properties/escalations/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalations.properties.label, data: data115 };
          if (vErrors === null) {
            vErrors = [err205];
          } else {
            vErrors.push(err205);
          }
          errors++;
        }
      } else {
        const err206 = { instancePath: instancePath + "/escalations/label", schemaPath: "#/properties/escalations/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.label.type, parentSchema: schema11.properties.escalations.properties.label, data: data115 };
        if (vErrors === null) {
          vErrors = [err206];
        } else {
          vErrors.push(err206);
        }
        errors++;
      }
      let data116 = data113.mention;
      if (Array.isArray(data116)) {
        const len27 = data116.length;
        for (let i27 = 0; i27 < len27; i27++) {
          let data117 = data116[i27];
          if (typeof data117 === "string") {
            if (!pattern2.test(data117)) {
              const err207 = { instancePath: instancePath + "/escalations/mention/" + i27, schemaPath: "#/properties/escalations/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalations.properties.mention.items, data: data117 };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
          } else {
            const err208 = { instancePath: instancePath + "/escalations/mention/" + i27, schemaPath: "#/properties/escalations/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.mention.items.type, parentSchema: schema11.properties.escalations.properties.mention.items, data: data117 };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
      } else {
        const err209 = { instancePath: instancePath + "/escalations/mention", schemaPath: "#/properties/escalations/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.mention.type, parentSchema: schema11.properties.escalations.properties.mention, data: data116 };
        if (vErrors === null) {
          vErrors = [err209];
        } else {
          vErrors.push(err209);
        }
        errors++;
      }
      let data118 = data113["remind-every"];
      if (typeof data118 === "string") {
        if (!pattern9.test(data118)) {
          const err210 = { instancePath: instancePath + "/escalations/remind-every", schemaPath: "#/properties/escalations/properties/remind-every/pattern", keyword: "pattern", params: { pattern: "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$" }, message: 'must match pattern "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$"', schema: "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", parentSchema: schema11.properties.escalations.properties["remind-every"], data: data118 };
          if (vErrors === null) {
            vErrors = [err210];
          } else {
            vErrors.push(err210);
          }
          errors++;
        }
      } else {
        const err211 = { instancePath: instancePath + "/escalations/remind-every", schemaPath: "#/properties/escalations/properties/remind-every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties["remind-every"].type, parentSchema: schema11.properties.escalations.properties["remind-every"], data: data118 };
        if (vErrors === null) {
          vErrors = [err211];
        } else {
          vErrors.push(err211);
        }
        errors++;
      }
      let data119 = data113.events;
      if (Array.isArray(data119)) {
        const len28 = data119.length;
        for (let i28 = 0; i28 < len28; i28++) {
          let data120 = data119[i28];
          if (typeof data120 !== "string") {
            const err212 = { instancePath: instancePath + "/escalations/events/" + i28, schemaPath: "#/properties/escalations/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.events.items.type, parentSchema: schema11.properties.escalations.properties.events.items, data: data120 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
          if (!(data120 === "schedule" || data120 === "workflow_dispatch" || data120 === "issues")) {
            const err213 = { instancePath: instancePath + "/escalations/events/" + i28, schemaPath: "#/properties/escalations/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.escalations.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.escalations.properties.events.items.enum, parentSchema: schema11.properties.escalations.properties.events.items, data: data120 };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
      } else {
        const err214 = { instancePath: instancePath + "/escalations/events", schemaPath: "#/properties/escalations/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.events.type, parentSchema: schema11.properties.escalations.properties.events, data: data119 };
        if (vErrors === null) {
          vErrors = [err214];
        } else {
          vErrors.push(err214);
        }
        errors++;
      }
      let data121 = data113.threshold;
      if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
        if (data121.enabled === void 0) {
          data121.enabled = true;
        }
        if (data121.failing === void 0) {
          data121.failing = "critical";
        }
        if (data121["below-baseline"] === void 0) {
          data121["below-baseline"] = true;
        }
        if (data121["below-previous"] === void 0) {
          data121["below-previous"] = true;
        }
        if (data121.tolerance === void 0) {
          data121.tolerance = 0;
        }
        if (data121.epic === void 0) {
          data121.epic = false;
        }
        if (data121.mention === void 0) {
          data121.mention = [];
        }
        for (const key20 in data121) {
          if (!(key20 === "enabled" || key20 === "failing" || key20 === "below-baseline" || key20 === "below-previous" || key20 === "tolerance" || key20 === "epic" || key20 === "mention")) {
            const err215 = { instancePath: instancePath + "/escalations/threshold", schemaPath: "#/properties/escalations/properties/threshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.threshold, data: data121 };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        let data122 = data121.enabled;
        if (typeof data122 !== "boolean") {
          const err216 = { instancePath: instancePath + "/escalations/threshold/enabled", schemaPath: "#/properties/escalations/properties/threshold/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.threshold.properties.enabled.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.enabled, data: data122 };
          if (vErrors === null) {
            vErrors = [err216];
          } else {
            vErrors.push(err216);
          }
          errors++;
        }
        let data123 = data121.failing;
        if (typeof data123 !== "string") {
          const err217 = { instancePath: instancePath + "/escalations/threshold/failing", schemaPath: "#/properties/escalations/properties/threshold/properties/failing/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.threshold.properties.failing.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.failing, data: data123 };
          if (vErrors === null) {
            vErrors = [err217];
          } else {
            vErrors.push(err217);
          }
          errors++;
        }
        if (!(data123 === "critical" || data123 === "all" || data123 === "none")) {
          const err218 = { instancePath: instancePath + "/escalations/threshold/failing", schemaPath: "#/properties/escalations/properties/threshold/properties/failing/enum", keyword: "enum", params: { allowedValues: schema11.properties.escalations.properties.threshold.properties.failing.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.escalations.properties.threshold.properties.failing.enum, parentSchema: schema11.properties.escalations.properties.threshold.properties.failing, data: data123 };
          if (vErrors === null) {
            vErrors = [err218];
          } else {
            vErrors.push(err218);
          }
          errors++;
        }
        let data124 = data121["below-baseline"];
        if (typeof data124 !== "boolean") {
          const err219 = { instancePath: instancePath + "/escalations/threshold/below-baseline", schemaPath: "#/properties/escalations/properties/threshold/properties/below-baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.threshold.properties["below-baseline"].type, parentSchema: schema11.properties.escalations.properties.threshold.properties["below-baseline"], data: data124 };
          if (vErrors === null) {
            vErrors = [err219];
          } else {
            vErrors.push(err219);
          }
          errors++;
        }
        let data125 = data121["below-previous"];
        if (typeof data125 !== "boolean") {
          const err220 = { instancePath: instancePath + "/escalations/threshold/below-previous", schemaPath: "#/properties/escalations/properties/threshold/properties/below-previous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.threshold.properties["below-previous"].type, parentSchema: schema11.properties.escalations.properties.threshold.properties["below-previous"], data: data125 };
          if (vErrors === null) {
            vErrors = [err220];
          } else {
            vErrors.push(err220);
          }
          errors++;
        }
        let data126 = data121.tolerance;
        if (typeof data126 == "number") {
          if (data126 > 100 || isNaN(data126)) {
            const err221 = { instancePath: instancePath + "/escalations/threshold/tolerance", schemaPath: "#/properties/escalations/properties/threshold/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.escalations.properties.threshold.properties.tolerance, data: data126 };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
          if (data126 < 0 || isNaN(data126)) {
            const err222 = { instancePath: instancePath + "/escalations/threshold/tolerance", schemaPath: "#/properties/escalations/properties/threshold/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.escalations.properties.threshold.properties.tolerance, data: data126 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        } else {
          const err223 = { instancePath: instancePath + "/escalations/threshold/tolerance", schemaPath: "#/properties/escalations/properties/threshold/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.escalations.properties.threshold.properties.tolerance.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.tolerance, data: data126 };
          if (vErrors === null) {
            vErrors = [err223];
          } else {
            vErrors.push(err223);
          }
          errors++;
        }
        let data127 = data121.epic;
        if (typeof data127 !== "boolean") {
          const err224 = { instancePath: instancePath + "/escalations/threshold/epic", schemaPath: "#/properties/escalations/properties/threshold/properties/epic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.threshold.properties.epic.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.epic, data: data127 };
          if (vErrors === null) {
            vErrors = [err224];
          } else {
            vErrors.push(err224);
          }
          errors++;
        }
        let data128 = data121.mention;
        if (Array.isArray(data128)) {
          const len29 = data128.length;
          for (let i29 = 0; i29 < len29; i29++) {
            let data129 = data128[i29];
            if (typeof data129 === "string") {
              if (!pattern2.test(data129)) {
                const err225 = { instancePath: instancePath + "/escalations/threshold/mention/" + i29, schemaPath: "#/properties/escalations/properties/threshold/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalations.properties.threshold.properties.mention.items, data: data129 };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            } else {
              const err226 = { instancePath: instancePath + "/escalations/threshold/mention/" + i29, schemaPath: "#/properties/escalations/properties/threshold/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.threshold.properties.mention.items.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.mention.items, data: data129 };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
          }
        } else {
          const err227 = { instancePath: instancePath + "/escalations/threshold/mention", schemaPath: "#/properties/escalations/properties/threshold/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.threshold.properties.mention.type, parentSchema: schema11.properties.escalations.properties.threshold.properties.mention, data: data128 };
          if (vErrors === null) {
            vErrors = [err227];
          } else {
            vErrors.push(err227);
          }
          errors++;
        }
      } else {
        const err228 = { instancePath: instancePath + "/escalations/threshold", schemaPath: "#/properties/escalations/properties/threshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.threshold.type, parentSchema: schema11.properties.escalations.properties.threshold, data: data121 };
        if (vErrors === null) {
          vErrors = [err228];
        } else {
          vErrors.push(err228);
        }
        errors++;
      }
      let data130 = data113["time-box"];
      if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
        if (data130.enabled === void 0) {
          data130.enabled = true;
        }
        if (data130.priorities === void 0) {
          data130.priorities = [];
        }
        if (data130["from-body"] === void 0) {
          data130["from-body"] = true;
        }
        if (data130.mention === void 0) {
          data130.mention = [];
        }
        for (const key21 in data130) {
          if (!(key21 === "enabled" || key21 === "priorities" || key21 === "from-body" || key21 === "mention")) {
            const err229 = { instancePath: instancePath + "/escalations/time-box", schemaPath: "#/properties/escalations/properties/time-box/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties["time-box"], data: data130 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        let data131 = data130.enabled;
        if (typeof data131 !== "boolean") {
          const err230 = { instancePath: instancePath + "/escalations/time-box/enabled", schemaPath: "#/properties/escalations/properties/time-box/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties["time-box"].properties.enabled.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.enabled, data: data131 };
          if (vErrors === null) {
            vErrors = [err230];
          } else {
            vErrors.push(err230);
          }
          errors++;
        }
        let data132 = data130.priorities;
        if (Array.isArray(data132)) {
          const len30 = data132.length;
          for (let i30 = 0; i30 < len30; i30++) {
            let data133 = data132[i30];
            if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
              if (data133.label === void 0) {
                const err231 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30, schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.required, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items, data: data133 };
                if (vErrors === null) {
                  vErrors = [err231];
                } else {
                  vErrors.push(err231);
                }
                errors++;
              }
              if (data133.within === void 0) {
                const err232 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30, schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.required, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items, data: data133 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
              for (const key22 in data133) {
                if (!(key22 === "label" || key22 === "within")) {
                  const err233 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30, schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items, data: data133 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              }
              if (data133.label !== void 0) {
                let data134 = data133.label;
                if (typeof data134 === "string") {
                  if (func2(data134) < 1) {
                    const err234 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30 + "/label", schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.label, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err234];
                    } else {
                      vErrors.push(err234);
                    }
                    errors++;
                  }
                } else {
                  const err235 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30 + "/label", schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.label.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.label, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
              }
              if (data133.within !== void 0) {
                let data135 = data133.within;
                if (typeof data135 === "string") {
                  if (!pattern11.test(data135)) {
                    const err236 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30 + "/within", schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/properties/within/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$" }, message: 'must match pattern "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$"', schema: "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.within, data: data135 };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                } else {
                  const err237 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30 + "/within", schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/properties/within/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.within.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.properties.within, data: data135 };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
              }
            } else {
              const err238 = { instancePath: instancePath + "/escalations/time-box/priorities/" + i30, schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.items.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities.items, data: data133 };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            }
          }
        } else {
          const err239 = { instancePath: instancePath + "/escalations/time-box/priorities", schemaPath: "#/properties/escalations/properties/time-box/properties/priorities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties["time-box"].properties.priorities.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.priorities, data: data132 };
          if (vErrors === null) {
            vErrors = [err239];
          } else {
            vErrors.push(err239);
          }
          errors++;
        }
        let data136 = data130["from-body"];
        if (typeof data136 !== "boolean") {
          const err240 = { instancePath: instancePath + "/escalations/time-box/from-body", schemaPath: "#/properties/escalations/properties/time-box/properties/from-body/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties["time-box"].properties["from-body"].type, parentSchema: schema11.properties.escalations.properties["time-box"].properties["from-body"], data: data136 };
          if (vErrors === null) {
            vErrors = [err240];
          } else {
            vErrors.push(err240);
          }
          errors++;
        }
        let data137 = data130.mention;
        if (Array.isArray(data137)) {
          const len31 = data137.length;
          for (let i31 = 0; i31 < len31; i31++) {
            let data138 = data137[i31];
            if (typeof data138 === "string") {
              if (!pattern2.test(data138)) {
                const err241 = { instancePath: instancePath + "/escalations/time-box/mention/" + i31, schemaPath: "#/properties/escalations/properties/time-box/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalations.properties["time-box"].properties.mention.items, data: data138 };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            } else {
              const err242 = { instancePath: instancePath + "/escalations/time-box/mention/" + i31, schemaPath: "#/properties/escalations/properties/time-box/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties["time-box"].properties.mention.items.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.mention.items, data: data138 };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
          }
        } else {
          const err243 = { instancePath: instancePath + "/escalations/time-box/mention", schemaPath: "#/properties/escalations/properties/time-box/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties["time-box"].properties.mention.type, parentSchema: schema11.properties.escalations.properties["time-box"].properties.mention, data: data137 };
          if (vErrors === null) {
            vErrors = [err243];
          } else {
            vErrors.push(err243);
          }
          errors++;
        }
      } else {
        const err244 = { instancePath: instancePath + "/escalations/time-box", schemaPath: "#/properties/escalations/properties/time-box/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties["time-box"].type, parentSchema: schema11.properties.escalations.properties["time-box"], data: data130 };
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
      let data139 = data113.estimate;
      if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
        if (data139.enabled === void 0) {
          data139.enabled = true;
        }
        if (data139.overrun === void 0) {
          data139.overrun = 50;
        }
        if (data139["started-by"] === void 0) {
          data139["started-by"] = ["label", "assignment"];
        }
        if (data139["start-label"] === void 0) {
          data139["start-label"] = "in-progress";
        }
        if (data139.mention === void 0) {
          data139.mention = [];
        }
        for (const key23 in data139) {
          if (!(key23 === "enabled" || key23 === "overrun" || key23 === "started-by" || key23 === "start-label" || key23 === "mention")) {
            const err245 = { instancePath: instancePath + "/escalations/estimate", schemaPath: "#/properties/escalations/properties/estimate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.estimate, data: data139 };
            if (vErrors === null) {
              vErrors = [err245];
            } else {
              vErrors.push(err245);
            }
            errors++;
          }
        }
        let data140 = data139.enabled;
        if (typeof data140 !== "boolean") {
          const err246 = { instancePath: instancePath + "/escalations/estimate/enabled", schemaPath: "#/properties/escalations/properties/estimate/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.estimate.properties.enabled.type, parentSchema: schema11.properties.escalations.properties.estimate.properties.enabled, data: data140 };
          if (vErrors === null) {
            vErrors = [err246];
          } else {
            vErrors.push(err246);
          }
          errors++;
        }
        let data141 = data139.overrun;
        if (typeof data141 == "number") {
          if (data141 < 0 || isNaN(data141)) {
            const err247 = { instancePath: instancePath + "/escalations/estimate/overrun", schemaPath: "#/properties/escalations/properties/estimate/properties/overrun/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.escalations.properties.estimate.properties.overrun, data: data141 };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        } else {
          const err248 = { instancePath: instancePath + "/escalations/estimate/overrun", schemaPath: "#/properties/escalations/properties/estimate/properties/overrun/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.escalations.properties.estimate.properties.overrun.type, parentSchema: schema11.properties.escalations.properties.estimate.properties.overrun, data: data141 };
          if (vErrors === null) {
            vErrors = [err248];
          } else {
            vErrors.push(err248);
          }
          errors++;
        }
        let data142 = data139["started-by"];
        if (Array.isArray(data142)) {
          if (data142.length < 1) {
            const err249 = { instancePath: instancePath + "/escalations/estimate/started-by", schemaPath: "#/properties/escalations/properties/estimate/properties/started-by/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.escalations.properties.estimate.properties["started-by"], data: data142 };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          const len32 = data142.length;
          for (let i32 = 0; i32 < len32; i32++) {
            let data143 = data142[i32];
            if (typeof data143 !== "string") {
              const err250 = { instancePath: instancePath + "/escalations/estimate/started-by/" + i32, schemaPath: "#/properties/escalations/properties/estimate/properties/started-by/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.estimate.properties["started-by"].items.type, parentSchema: schema11.properties.escalations.properties.estimate.properties["started-by"].items, data: data143 };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
            if (!(data143 === "label" || data143 === "assignment")) {
              const err251 = { instancePath: instancePath + "/escalations/estimate/started-by/" + i32, schemaPath: "#/properties/escalations/properties/estimate/properties/started-by/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.escalations.properties.estimate.properties["started-by"].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.escalations.properties.estimate.properties["started-by"].items.enum, parentSchema: schema11.properties.escalations.properties.estimate.properties["started-by"].items, data: data143 };
              if (vErrors === null) {
                vErrors = [err251];
              } else {
                vErrors.push(err251);
              }
              errors++;
            }
          }
        } else {
          const err252 = { instancePath: instancePath + "/escalations/estimate/started-by", schemaPath: "#/properties/escalations/properties/estimate/properties/started-by/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.estimate.properties["started-by"].type, parentSchema: schema11.properties.escalations.properties.estimate.properties["started-by"], data: data142 };
          if (vErrors === null) {
            vErrors = [err252];
          } else {
            vErrors.push(err252);
          }
          errors++;
        }
        let data144 = data139["start-label"];
        if (typeof data144 === "string") {
          if (func2(data144) < 1) {
            const err253 = { instancePath: instancePath + "/escalations/estimate/start-label", schemaPath: "#/properties/escalations/properties/estimate/properties/start-label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalations.properties.estimate.properties["start-label"], data: data144 };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
        } else {
          const err254 = { instancePath: instancePath + "/escalations/estimate/start-label", schemaPath: "#/properties/escalations/properties/estimate/properties/start-label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.estimate.properties["start-label"].type, parentSchema: schema11.properties.escalations.properties.estimate.properties["start-label"], data: data144 };
          if (vErrors === null) {
            vErrors = [err254];
          } else {
            vErrors.push(err254);
          }
          errors++;
        }
        let data145 = data139.mention;
        if (Array.isArray(data145)) {
          const len33 = data145.length;
          for (let i33 = 0; i33 < len33; i33++) {
            let data146 = data145[i33];
            if (typeof data146 === "string") {
              if (!pattern2.test(data146)) {
                const err255 = { instancePath: instancePath + "/escalations/estimate/mention/" + i33, schemaPath: "#/properties/escalations/properties/estimate/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalations.properties.estimate.properties.mention.items, data: data146 };
                if (vErrors === null) {
                  vErrors = [err255];
                } else {
                  vErrors.push(err255);
                }
                errors++;
              }
            } else {
              const err256 = { instancePath: instancePath + "/escalations/estimate/mention/" + i33, schemaPath: "#/properties/escalations/properties/estimate/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.estimate.properties.mention.items.type, parentSchema: schema11.properties.escalations.properties.estimate.properties.mention.items, data: data146 };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors++;
            }
          }
        } else {
          const err257 = { instancePath: instancePath + "/escalations/estimate/mention", schemaPath: "#/properties/escalations/properties/estimate/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.estimate.properties.mention.type, parentSchema: schema11.properties.escalations.properties.estimate.properties.mention, data: data145 };
          if (vErrors === null) {
            vErrors = [err257];
          } else {
            vErrors.push(err257);
          }
          errors++;
        }
      } else {
        const err258 = { instancePath: instancePath + "/escalations/estimate", schemaPath: "#/properties/escalations/properties/estimate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.estimate.type, parentSchema: schema11.properties.escalations.properties.estimate, data: data139 };
        if (vErrors === null) {
          vErrors = [err258];
        } else {
          vErrors.push(err258);
        }
        errors++;
      }
      let data147 = data113.stuck;
      if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
        if (data147.enabled === void 0) {
          data147.enabled = true;
        }
        if (data147.labels === void 0) {
          data147.labels = [];
        }
        if (data147["blocked-by"] === void 0) {
          data147["blocked-by"] = {};
        }
        if (data147.mention === void 0) {
          data147.mention = [];
        }
        for (const key24 in data147) {
          if (!(key24 === "enabled" || key24 === "labels" || key24 === "blocked-by" || key24 === "mention")) {
            const err259 = { instancePath: instancePath + "/escalations/stuck", schemaPath: "#/properties/escalations/properties/stuck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.stuck, data: data147 };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        let data148 = data147.enabled;
        if (typeof data148 !== "boolean") {
          const err260 = { instancePath: instancePath + "/escalations/stuck/enabled", schemaPath: "#/properties/escalations/properties/stuck/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.stuck.properties.enabled.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.enabled, data: data148 };
          if (vErrors === null) {
            vErrors = [err260];
          } else {
            vErrors.push(err260);
          }
          errors++;
        }
        let data149 = data147.labels;
        if (Array.isArray(data149)) {
          const len34 = data149.length;
          for (let i34 = 0; i34 < len34; i34++) {
            let data150 = data149[i34];
            if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
              if (data150.label === void 0) {
                const err261 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34, schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema11.properties.escalations.properties.stuck.properties.labels.items.required, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items, data: data150 };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
              if (data150.after === void 0) {
                const err262 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34, schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'", schema: schema11.properties.escalations.properties.stuck.properties.labels.items.required, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items, data: data150 };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
              for (const key25 in data150) {
                if (!(key25 === "label" || key25 === "after")) {
                  const err263 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34, schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err263];
                  } else {
                    vErrors.push(err263);
                  }
                  errors++;
                }
              }
              if (data150.label !== void 0) {
                let data151 = data150.label;
                if (typeof data151 === "string") {
                  if (func2(data151) < 1) {
                    const err264 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34 + "/label", schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.label, data: data151 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                } else {
                  const err265 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34 + "/label", schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.label.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.label, data: data151 };
                  if (vErrors === null) {
                    vErrors = [err265];
                  } else {
                    vErrors.push(err265);
                  }
                  errors++;
                }
              }
              if (data150.after !== void 0) {
                let data152 = data150.after;
                if (typeof data152 === "string") {
                  if (!pattern11.test(data152)) {
                    const err266 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34 + "/after", schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/properties/after/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$" }, message: 'must match pattern "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$"', schema: "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.after, data: data152 };
                    if (vErrors === null) {
                      vErrors = [err266];
                    } else {
                      vErrors.push(err266);
                    }
                    errors++;
                  }
                } else {
                  const err267 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34 + "/after", schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.after.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items.properties.after, data: data152 };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
              }
            } else {
              const err268 = { instancePath: instancePath + "/escalations/stuck/labels/" + i34, schemaPath: "#/properties/escalations/properties/stuck/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.stuck.properties.labels.items.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels.items, data: data150 };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
          }
        } else {
          const err269 = { instancePath: instancePath + "/escalations/stuck/labels", schemaPath: "#/properties/escalations/properties/stuck/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.stuck.properties.labels.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.labels, data: data149 };
          if (vErrors === null) {
            vErrors = [err269];
          } else {
            vErrors.push(err269);
          }
          errors++;
        }
        let data153 = data147["blocked-by"];
        if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
          if (data153.after === void 0) {
            data153.after = "";
          }
          for (const key26 in data153) {
            if (!(key26 === "after")) {
              const err270 = { instancePath: instancePath + "/escalations/stuck/blocked-by", schemaPath: "#/properties/escalations/properties/stuck/properties/blocked-by/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.stuck.properties["blocked-by"], data: data153 };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors++;
            }
          }
          let data154 = data153.after;
          if (typeof data154 === "string") {
            if (!pattern9.test(data154)) {
              const err271 = { instancePath: instancePath + "/escalations/stuck/blocked-by/after", schemaPath: "#/properties/escalations/properties/stuck/properties/blocked-by/properties/after/pattern", keyword: "pattern", params: { pattern: "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$" }, message: 'must match pattern "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$"', schema: "^$|^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s*)+$", parentSchema: schema11.properties.escalations.properties.stuck.properties["blocked-by"].properties.after, data: data154 };
              if (vErrors === null) {
                vErrors = [err271];
              } else {
                vErrors.push(err271);
              }
              errors++;
            }
          } else {
            const err272 = { instancePath: instancePath + "/escalations/stuck/blocked-by/after", schemaPath: "#/properties/escalations/properties/stuck/properties/blocked-by/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.stuck.properties["blocked-by"].properties.after.type, parentSchema: schema11.properties.escalations.properties.stuck.properties["blocked-by"].properties.after, data: data154 };
            if (vErrors === null) {
              vErrors = [err272];
            } else {
              vErrors.push(err272);
            }
            errors++;
          }
        } else {
          const err273 = { instancePath: instancePath + "/escalations/stuck/blocked-by", schemaPath: "#/properties/escalations/properties/stuck/properties/blocked-by/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.stuck.properties["blocked-by"].type, parentSchema: schema11.properties.escalations.properties.stuck.properties["blocked-by"], data: data153 };
          if (vErrors === null) {
            vErrors = [err273];
          } else {
            vErrors.push(err273);
          }
          errors++;
        }
        let data155 = data147.mention;
        if (Array.isArray(data155)) {
          const len35 = data155.length;
          for (let i35 = 0; i35 < len35; i35++) {
            let data156 = data155[i35];
            if (typeof data156 === "string") {
              if (!pattern2.test(data156)) {
                const err274 = { instancePath: instancePath + "/escalations/stuck/mention/" + i35, schemaPath: "#/properties/escalations/properties/stuck/properties/mention/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema11.properties.escalations.properties.stuck.properties.mention.items, data: data156 };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            } else {
              const err275 = { instancePath: instancePath + "/escalations/stuck/mention/" + i35, schemaPath: "#/properties/escalations/properties/stuck/properties/mention/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.stuck.properties.mention.items.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.mention.items, data: data156 };
              if (vErrors === null) {
                vErrors = [err275];
              } else {
                vErrors.push(err275);
              }
              errors++;
            }
          }
        } else {
          const err276 = { instancePath: instancePath + "/escalations/stuck/mention", schemaPath: "#/properties/escalations/properties/stuck/properties/mention/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.stuck.properties.mention.type, parentSchema: schema11.properties.escalations.properties.stuck.properties.mention, data: data155 };
          if (vErrors === null) {
            vErrors = [err276];
          } else {
            vErrors.push(err276);
          }
          errors++;
        }
      } else {
        const err277 = { instancePath: instancePath + "/escalations/stuck", schemaPath: "#/properties/escalations/properties/stuck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.stuck.type, parentSchema: schema11.properties.escalations.properties.stuck, data: data147 };
        if (vErrors === null) {
          vErrors = [err277];
        } else {
          vErrors.push(err277);
        }
        errors++;
      }
      let data157 = data113.report;
      if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
        if (data157.enabled === void 0) {
          data157.enabled = false;
        }
        if (data157["time-zone"] === void 0) {
          data157["time-zone"] = "UTC";
        }
        if (data157.events === void 0) {
          data157.events = ["schedule"];
        }
        for (const key27 in data157) {
          if (!(key27 === "enabled" || key27 === "time-zone" || key27 === "events")) {
            const err278 = { instancePath: instancePath + "/escalations/report", schemaPath: "#/properties/escalations/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.escalations.properties.report, data: data157 };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
        }
        let data158 = data157.enabled;
        if (typeof data158 !== "boolean") {
          const err279 = { instancePath: instancePath + "/escalations/report/enabled", schemaPath: "#/properties/escalations/properties/report/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.escalations.properties.report.properties.enabled.type, parentSchema: schema11.properties.escalations.properties.report.properties.enabled, data: data158 };
          if (vErrors === null) {
            vErrors = [err279];
          } else {
            vErrors.push(err279);
          }
          errors++;
        }
        let data159 = data157["time-zone"];
        if (typeof data159 === "string") {
          if (func2(data159) < 1) {
            const err280 = { instancePath: instancePath + "/escalations/report/time-zone", schemaPath: "#/properties/escalations/properties/report/properties/time-zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.escalations.properties.report.properties["time-zone"], data: data159 };
            if (vErrors === null) {
              vErrors = [err280];
            } else {
              vErrors.push(err280);
            }
            errors++;
          }
        } else {
          const err281 = { instancePath: instancePath + "/escalations/report/time-zone", schemaPath: "#/properties/escalations/properties/report/properties/time-zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.report.properties["time-zone"].type, parentSchema: schema11.properties.escalations.properties.report.properties["time-zone"], data: data159 };
          if (vErrors === null) {
            vErrors = [err281];
          } else {
            vErrors.push(err281);
          }
          errors++;
        }
        let data160 = data157.events;
        if (Array.isArray(data160)) {
          const len36 = data160.length;
          for (let i36 = 0; i36 < len36; i36++) {
            let data161 = data160[i36];
            if (typeof data161 !== "string") {
              const err282 = { instancePath: instancePath + "/escalations/report/events/" + i36, schemaPath: "#/properties/escalations/properties/report/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.escalations.properties.report.properties.events.items.type, parentSchema: schema11.properties.escalations.properties.report.properties.events.items, data: data161 };
              if (vErrors === null) {
                vErrors = [err282];
              } else {
                vErrors.push(err282);
              }
              errors++;
            }
            if (!(data161 === "schedule" || data161 === "workflow_dispatch")) {
              const err283 = { instancePath: instancePath + "/escalations/report/events/" + i36, schemaPath: "#/properties/escalations/properties/report/properties/events/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.escalations.properties.report.properties.events.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.escalations.properties.report.properties.events.items.enum, parentSchema: schema11.properties.escalations.properties.report.properties.events.items, data: data161 };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
          }
        } else {
          const err284 = { instancePath: instancePath + "/escalations/report/events", schemaPath: "#/properties/escalations/properties/report/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.escalations.properties.report.properties.events.type, parentSchema: schema11.properties.escalations.properties.report.properties.events, data: data160 };
          if (vErrors === null) {
            vErrors = [err284];
          } else {
            vErrors.push(err284);
          }
          errors++;
        }
      } else {
        const err285 = { instancePath: instancePath + "/escalations/report", schemaPath: "#/properties/escalations/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.properties.report.type, parentSchema: schema11.properties.escalations.properties.report, data: data157 };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    } else {
      const err286 = { instancePath: instancePath + "/escalations", schemaPath: "#/properties/escalations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.escalations.type, parentSchema: schema11.properties.escalations, data: data113 };
      if (vErrors === null) {
        vErrors = [err286];
      } else {
        vErrors.push(err286);
      }
      errors++;
    }
  } else {
    const err287 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err287];
    } else {
      vErrors.push(err287);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function compileSchemaValidator() {
  return validate;
}

// src/config/parse.ts
var validator;
function validate2(data) {
  validator ??= compileSchemaValidator();
  const valid = validator(data) === true;
  const errors = valid ? [] : [...validator.errors ?? []];
  return [...errors, ...checkConfig(configSchema, data)];
}
var TOO_DEEP = "the config nests lists or mappings too deeply to be read";
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const syntax = doc.errors[0];
  if (syntax) {
    const message = /Maximum call stack/i.test(syntax.message) ? TOO_DEEP : syntax.message.split("\n")[0];
    throw new ConfigError(file, lineOf(syntax.pos[0]), "", `invalid YAML: ${message}`);
  }
  let data;
  let errors;
  try {
    data = doc.toJS() ?? {};
    if (typeof data !== "object" || Array.isArray(data)) {
      throw new ConfigError(file, 1, "", "expected a mapping of settings at the top level");
    }
    errors = validate2(data);
  } catch (error2) {
    if (error2 instanceof RangeError) throw new ConfigError(file, 1, "", TOO_DEEP);
    throw error2;
  }
  if (errors.length) {
    throw ConfigError.of(
      pickErrors(errors).map((error2) => {
        const path = pathOf(error2);
        const node = locate(doc.contents, path);
        return new ConfigError(file, lineOf(node?.range?.[0]), keyPath(path), describe(error2));
      })
    );
  }
  return data;
}
var WRAPPERS = /* @__PURE__ */ new Set(["anyOf", "oneOf", "allOf", "if", "then", "else", "not", "propertyNames"]);
function pickErrors(errors) {
  const byPath = /* @__PURE__ */ new Map();
  const rank = (e) => ["additionalProperties", "required", "type", "uniqueBy", "anyOf-keys", "format", "enum", "pattern"].indexOf(
    e.keyword
  ) >>> 0;
  for (const error2 of errors) {
    if (WRAPPERS.has(error2.keyword)) continue;
    const key = keyPath(pathOf(error2));
    const known = byPath.get(key);
    if (!known || rank(error2) < rank(known)) byPath.set(key, error2);
  }
  return byPath.size ? [...byPath.values()] : errors.slice(0, 1);
}
function pathOf(error2) {
  const parts = error2.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
  if (error2.keyword === "additionalProperties") parts.push(String(error2.params.additionalProperty));
  if (error2.keyword === "required") parts.push(String(error2.params.missingProperty));
  if (error2.propertyName !== void 0) parts.push(error2.propertyName);
  return parts;
}
function keyPath(path) {
  return path.reduce((s, p) => typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : p, "");
}
function describe(error2) {
  switch (error2.keyword) {
    case "additionalProperties":
      return "unknown key (check the spelling; see schema/config.schema.json for the keys allowed here)";
    case "required":
      return "is required but missing";
    case "type":
      return error2.params.type === "string" && typeof error2.data === "number" ? `expected text, got the number ${error2.data} (quote the value: YAML reads it as a number)` : `expected ${String(error2.params.type).split(",").map((t) => TYPE_WORDS[t] ?? t).join(" or ")}`;
    case "enum":
      return `expected one of ${error2.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${JSON.stringify(error2.data)} is not ${error2.parentSchema?.["x-expected"] ?? "in the form described in docs/CONFIGURATION.md"}`;
    case "format":
      return describeFormat(String(error2.params.format), String(error2.data));
    case "uniqueBy":
      return `${JSON.stringify(error2.params.value)} is used twice (first by item ${error2.params.first} of this list): each ${error2.params.key} must be unique`;
    case "anyOf-keys":
      return `a rule needs at least one condition (${error2.params.keys.join(", ")}); without one it would never apply`;
    case "maxLength":
      return `is longer than ${error2.params.limit} characters${error2.propertyName !== void 0 || /label/i.test(error2.instancePath) ? " (GitHub refuses longer label names and descriptions with 422)" : ""}`;
    default:
      return error2.message ?? "is invalid";
  }
}
var TYPE_WORDS = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value)",
  null: "nothing"
};
function describeFormat(format, value) {
  switch (format) {
    case "regex":
      return `${JSON.stringify(value)} is not a valid regular expression (${regexProblem(value)})`;
    case "time-zone":
      return `${JSON.stringify(value)} is not a known time zone: expected an IANA name such as Europe/London, America/New_York or UTC`;
    case "glob":
      return `${JSON.stringify(value)} is not a usable glob: it ${globProblem(value)}`;
    default:
      return `${JSON.stringify(value)} is not a valid ${format}`;
  }
}
function locate(root, path) {
  let node = root;
  let last = root ?? void 0;
  for (const part of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(part));
      if (!pair) return last;
      last = pair.key ?? last;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof part === "number") {
      node = node.items[part];
      if (!node) return last;
      last = node;
    } else {
      return last;
    }
  }
  return last;
}

// src/config/load.ts
async function loadConfig(path, event, github, log, required = false) {
  const local = workspaceConfigPath(path, event);
  if (local) {
    const text = await readFile(local, "utf8").catch((error2) => {
      if (error2.code === "ENOENT") return void 0;
      throw error2;
    });
    if (text !== void 0) return { config: parseConfig(text, path), source: path, found: true };
  }
  const ref = configRef(event);
  const source = `${event.repo.owner}/${event.repo.repo}@${ref ?? "default branch"}:${path}`;
  try {
    const response = await github.request(
      "GET /repos/{owner}/{repo}/contents/{path}",
      { ...event.repo, path, ...ref ? { ref } : {} }
    );
    const { content = "", encoding } = response.data;
    const text = encoding === "base64" ? Buffer.from(content, "base64").toString("utf8") : content;
    return { config: parseConfig(text, path), source, found: true };
  } catch (error2) {
    if (httpStatus(error2) !== 404) throw error2;
    const message = error2 instanceof Error ? error2.message : "";
    if (ref && /no commit found/i.test(message))
      throw new Error(
        `config: the ref ${ref} does not exist in ${event.repo.owner}/${event.repo.repo}, so its config cannot be read (GitHub: ${message})`
      );
    if (required)
      throw new Error(`config: the \`config\` input names ${path}, which is neither in the workspace nor at ${source}`);
    log.info(`No config at ${source}: using the defaults.`);
    return { config: parseConfig("", path), source, found: false };
  }
}
function configRef(event) {
  if (event.name === "pull_request_target") {
    const base = baseRefOf(event.payload.pull_request);
    return typeof base === "string" && base ? base : void 0;
  }
  if (event.name === "workflow_run") return void 0;
  return event.sha ?? event.ref;
}
function baseRefOf(pull) {
  const base = typeof pull === "object" && pull !== null && "base" in pull ? pull.base : void 0;
  return typeof base === "object" && base !== null && "ref" in base ? base.ref : void 0;
}

// src/github/lazy.ts
function lazyGitHub(load) {
  let client;
  let loading;
  const get = () => loading ??= load().then((c) => client = c);
  return {
    graphql: async (query, variables) => (await get()).graphql(query, variables),
    request: async (route, params) => (await get()).request(route, params),
    paginate: async (route, params, done) => (await get()).paginate(route, params, done),
    requestCount: () => client?.requestCount() ?? 0,
    // Before the client is loaded no request was made, so no rate limit can have stopped the run.
    rateLimitStop: () => client?.rateLimitStop?.()
  };
}

// src/run.ts
function defaultGitHub(inputs, event, log) {
  return lazyGitHub(
    async () => (await import("./client-E5E52C33.js")).createGitHub({
      token: inputs.token,
      apiUrl: event.apiUrl,
      graphqlUrl: event.graphqlUrl,
      log,
      rateLimitWait: inputs.rateLimitWait
    })
  );
}
function runOutputs(executor, inputs, ran, skippedWrites) {
  const outputs = {
    ...EMPTY_OUTPUTS,
    ...ran.outputs,
    "dry-run": String(inputs.dryRun),
    writes: String(executor.writes),
    "writes-skipped": String(skippedWrites)
  };
  outputs.plan = JSON.stringify(
    executor.results.map((r) => ({ operation: describeOp(r.op), status: r.status, why: r.op.why }))
  );
  return outputs;
}
async function runAction(inputs, event, now, log, github = defaultGitHub(inputs, event, log)) {
  const { config, source, found } = await loadConfig(inputs.configPath, event, github, log, inputs.configRequired);
  const executor = new Executor({
    github,
    repo: event.repo,
    log,
    dryRun: inputs.dryRun,
    maxWrites: inputs.maxWrites,
    definitions: config.labels.definitions,
    runUrl: runUrl(event.serverUrl, event.repo, event.runId)
  });
  const shared = {};
  const ctx = {
    event,
    config: { config, ifNoReports: inputs.ifNoReports ?? "fail" },
    configPath: inputs.configPath,
    github,
    now,
    log,
    dryRun: inputs.dryRun,
    apply: (plan) => executor.apply(plan),
    shared
  };
  ctx.reportsPosted = (epics) => relinkReported(ctx, epics);
  const ran = await runFeatures(ctx);
  const { failures, warnings, skippedWrites } = reportWrites(executor, inputs, ran, github);
  const outputs = runOutputs(executor, inputs, ran, skippedWrites);
  const results = executor.results;
  const links = withSource("", {
    run: runUrl(event.serverUrl, event.repo, event.runId),
    check: executor.checkUrl
  }).trim();
  const summary = renderSummary({
    event,
    source,
    found,
    ran: ran.ran,
    github,
    results,
    sections: links ? [links, ...ran.sections] : ran.sections,
    warnings,
    inputs
  });
  return { outputs, summary, failure: failures.length ? failures.join("\n") : void 0, warnings, results };
}
async function relinkReported(ctx, epics) {
  const config = ctx.config.config.epics;
  if (!config.enabled || !config.triggers.includes(ctx.event.name)) return [];
  const { relinkEpics } = await import("./epics-4Y4ERETS.js");
  const { github, log, now, event } = ctx;
  const deps = {
    github,
    apply: (plan) => ctx.apply(plan),
    log,
    config,
    serverUrl: event.serverUrl,
    gates: [],
    now
  };
  return relinkEpics(deps, event.repo, epics);
}
async function runFeatures(ctx) {
  const { github, log, event } = ctx;
  const done = { sections: [], outputs: {}, failures: [], ran: [], skipped: [] };
  for (const feature of features) {
    if (!feature.wants(ctx)) continue;
    if (github.rateLimitStop?.()) {
      done.skipped.push(feature.name);
      continue;
    }
    done.ran.push(feature.name);
    log.info(`${feature.name}: running for ${event.name}${event.action ? `.${event.action}` : ""}`);
    const result = await feature.run(ctx);
    if (result.summary) done.sections.push(`### ${capitalise(feature.name)}

${result.summary}`);
    Object.assign(done.outputs, result.outputs ?? {});
    if (result.failure) done.failures.push(result.failure);
    if (github.rateLimitStop?.() && !done.stoppedIn) done.stoppedIn = feature.name;
  }
  return done;
}
function reportWrites(executor, inputs, ran, github) {
  const results = executor.results;
  const failures = [...ran.failures];
  const warnings = [];
  const stop = github.rateLimitStop?.();
  if (stop) failures.unshift(rateLimitFailure(stop, ran.stoppedIn, ran.skipped, results));
  const overBudget = results.filter((r) => r.status === "over-budget");
  const refused = new Set(executor.refused.values());
  for (const problem of refused)
    warnings.push(`${problem}. The writes that need it were not made; the summary lists them.`);
  const broken = results.filter((r) => r.status === "failed" && !refused.has(r.detail ?? ""));
  if (broken.length)
    failures.push(
      `${broken.length} write(s) failed: ${broken.map((r) => `${describeOp(r.op)} (${r.detail ?? "no detail"})`).join("; ")}`
    );
  if (overBudget.length) {
    warnings.push(
      `max-writes (${inputs.maxWrites}) reached: ${overBudget.length} operation(s) not written: ${overBudget.map((r) => describeOp(r.op)).join("; ")}`
    );
  }
  return { failures, warnings, skippedWrites: overBudget.length };
}
function rateLimitFailure(stop, stoppedIn, skipped, results) {
  const undone = results.filter((r) => r.status === "failed").map((r) => describeOp(r.op));
  const parts = [
    ...stoppedIn ? [`${stoppedIn} stopped part way`] : [],
    ...skipped.length ? [`${skipped.join(", ")} did not run`] : [],
    ...undone.length ? [`${undone.length} operation(s) were not written: ${undone.join("; ")}`] : []
  ];
  return `${stop.message}. Stopped; left undone: ${parts.join("; ")}. The next run after the reset completes it.`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function renderSummary(s) {
  const written = s.results.filter((r) => r.status === "applied");
  const lines = [
    `## Epic Steward${s.inputs.dryRun ? " (dry run: nothing written)" : ""}`,
    "",
    `**Event** \`${s.event.name}${s.event.action ? `.${s.event.action}` : ""}\` on \`${s.event.repo.owner}/${s.event.repo.repo}\` \xB7 **config** \`${s.source}\`${s.found ? "" : " (not found: defaults)"}`,
    "",
    `**Read** ${s.github.requestCount()} API request(s) \xB7 **planned** ${s.results.length} operation(s) \xB7 **written** ${written.length} (${s.results.reduce((n, r) => n + r.writes, 0)} write request(s))`,
    ""
  ];
  if (s.ran.length === 0) lines.push("No feature had work for this event.", "");
  for (const warning of s.warnings) lines.push(`> [!WARNING]
> ${warning}`, "");
  if (s.results.length) {
    lines.push("| operation | outcome | why |", "| --- | --- | --- |");
    for (const r of s.results) {
      lines.push(
        `| ${cell(describeOp(r.op))} | ${r.status}${r.detail ? `: ${cell(r.detail)}` : ""} | ${cell(r.op.why)} |`
      );
    }
    lines.push("");
  }
  lines.push(...s.sections.flatMap((section) => [section, ""]));
  const text = lines.join("\n");
  if (Buffer.byteLength(text) <= LIMITS.jobSummaryBytes) return text;
  const head = lines.slice(0, lines.indexOf("| operation | outcome | why |"));
  return fitBytes(
    [...head, ...s.sections, "", `${s.results.length} operation(s); the table is in the \`plan\` output.`].join("\n"),
    LIMITS.jobSummaryBytes
  );
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
export {
  runAction
};

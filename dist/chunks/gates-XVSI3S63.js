import {
  COMMENT_MARKER,
  figuresDigest,
  planConversation,
  splitConversation
} from "./chunk-7APBDS3H.js";
import {
  findComment
} from "./chunk-5P4DI77Q.js";
import {
  parsePercent,
  wants
} from "./chunk-OMOOQ22A.js";
import {
  Minimatch
} from "./chunk-ZO2D5FDO.js";
import {
  httpStatus
} from "./chunk-Q4KVXVOF.js";
import {
  LIMITS
} from "./chunk-KXFB2X2G.js";
import "./chunk-44D2BK3U.js";
import {
  inert,
  inertCode
} from "./chunk-7F23CJCA.js";
import "./chunk-ICBU4LL7.js";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head2 = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head2[hv];
      prev[imod] = pimod;
      head2[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head2, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
var gzh = function(c, o) {
  var fn = o.filename;
  c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3;
  if (o.mtime != 0)
    wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1e3));
  if (fn) {
    c[3] = 8;
    for (var i2 = 0; i2 <= fn.length; ++i2)
      c[i2 + 10] = fn.charCodeAt(i2);
  }
};
var gzs = function(d) {
  if (d[0] != 31 || d[1] != 139 || d[2] != 8)
    err(6, "invalid gzip data");
  var flg = d[3];
  var st = 10;
  if (flg & 4)
    st += (d[10] | d[11] << 8) + 2;
  for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
    ;
  return st + (flg & 2);
};
var gzl = function(d) {
  var l = d.length;
  return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
var gzhl = function(o) {
  return 10 + (o.filename ? o.filename.length + 1 : 0);
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
function gzipSync(data, opts) {
  if (!opts)
    opts = {};
  var c = crc(), l = data.length;
  c.p(data);
  var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
  return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
function gunzipSync(data, opts) {
  var st = gzs(data);
  if (st + 8 > data.length)
    err(6, "invalid gzip data");
  return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  };
  UnzipPassThrough2.compression = 0;
  return UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  };
  UnzipInflate2.compression = 8;
  return UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip2(cb) {
    this.onfile = cb;
    this.k = [];
    this.o = {
      0: UnzipPassThrough
    };
    this.p = et;
  }
  Unzip2.prototype.push = function(chunk, final) {
    var _this = this;
    if (!this.onfile)
      err(5);
    if (!this.p)
      err(4);
    if (this.c > 0) {
      var len = Math.min(this.c, chunk.length);
      var toAdd = chunk.subarray(0, len);
      this.c -= len;
      if (this.d)
        this.d.push(toAdd, !this.c);
      else
        this.k[0].push(toAdd);
      chunk = chunk.subarray(len);
      if (chunk.length)
        return this.push(chunk, final);
    } else {
      var f = 0, i2 = 0, is = void 0, buf = void 0;
      if (!this.p.length)
        buf = chunk;
      else if (!chunk.length)
        buf = this.p;
      else {
        buf = new u8(this.p.length + chunk.length);
        buf.set(this.p), buf.set(chunk, this.p.length);
      }
      var l = buf.length, oc = this.c, add = oc && this.d;
      var _loop_2 = function() {
        var sig = b4(buf, i2);
        if (sig == 67324752) {
          f = 1, is = i2;
          this_1.d = null;
          this_1.c = 0;
          var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
          if (l > i2 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3);
            f = 2;
            var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
            var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
            var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            if (dd)
              sc_1 = -1 - z64;
            i2 += es;
            this_1.c = sc_1;
            var d_1;
            var file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (!file_1.ondata)
                  err(5);
                if (!sc_1)
                  file_1.ondata(null, et, true);
                else {
                  var ctr = _this.o[cmp_1];
                  if (!ctr)
                    file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                  d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                  d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, false);
                  }
                  if (_this.k[0] == chks_3 && _this.c)
                    _this.d = d_1;
                  else
                    d_1.push(et, true);
                }
              },
              terminate: function() {
                if (d_1 && d_1.terminate)
                  d_1.terminate();
              }
            };
            if (sc_1 >= 0)
              file_1.size = sc_1, file_1.originalSize = su_1;
            this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760) {
            is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
            return "break";
          } else if (sig == 33639248) {
            is = i2 -= 4, f = 3, this_1.c = 0;
            return "break";
          }
        }
      };
      var this_1 = this;
      for (; i2 < l - 4; ++i2) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      this.p = et;
      if (oc < 0) {
        var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
        if (add)
          add.push(dat, !!f);
        else
          this.k[+(f == 2)].push(dat);
      }
      if (f & 2)
        return this.push(buf.subarray(i2), final);
      this.p = buf.subarray(i2);
    }
    if (final) {
      if (this.c)
        err(13);
      this.p = null;
    }
  };
  Unzip2.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  };
  return Unzip2;
})();

// src/gates/model.ts
function* allCases(reports) {
  for (const report of reports) yield* report.cases;
}
var MESSAGE_CAP = 4096;
var REPORT_TEXT_BUDGET = 4 * 1024 * 1024;
var emptyTotals = () => ({
  tests: 0,
  passed: 0,
  failed: 0,
  errored: 0,
  skipped: 0,
  flaky: 0,
  suiteErrors: 0
});
function addCase(totals, c) {
  totals.tests += 1;
  totals[c.outcome] += 1;
  if (c.flaky) totals.flaky += 1;
}
function caseId(c) {
  return `${c.suite}/${c.classname}/${c.name}`;
}
function detach(text2) {
  if (text2.length <= 12) return text2;
  PAIR[0] = text2.slice(0, 1);
  PAIR[1] = text2.slice(1);
  const flat = PAIR.join("");
  PAIR[1] = "";
  return flat;
}
var PAIR = ["", ""];
var ReportError = class extends Error {
  name = "ReportError";
};

// src/gates/baseline.ts
var DIGEST_MARKER = "epic-steward:results:v1";
var DIGEST = new RegExp(`<!-- ${DIGEST_MARKER} ([A-Za-z0-9+/=]+) -->`);
var CODE = { passed: "p", failed: "f", errored: "e", skipped: "s" };
var OUTCOME = { p: "passed", f: "failed", e: "errored", s: "skipped" };
function outcomesById(cases) {
  const byId = /* @__PURE__ */ new Map();
  const rank = { passed: 3, errored: 2, failed: 1, skipped: 0 };
  for (const c of cases) {
    const id = caseId(c);
    const seen = byId.get(id);
    if (!seen || rank[c.outcome] > rank[seen.outcome])
      byId.set(id, {
        suite: c.suite,
        classname: c.classname,
        name: c.name,
        ...c.file ? { file: c.file } : {},
        outcome: c.outcome
      });
  }
  return byId;
}
function encodeTests(tests) {
  const files = /* @__PURE__ */ new Map();
  const rows = tests.map((t) => {
    let f = "";
    if (t.file !== void 0) {
      if (!files.has(t.file)) files.set(t.file, files.size);
      f = String(files.get(t.file));
    }
    return [CODE[t.outcome], f, t.suite, t.classname, t.name].map((v) => v.replace(/[\t\n]/g, " ")).join("	");
  });
  return JSON.stringify({ files: [...files.keys()], rows: rows.join("\n") });
}
function pack(value) {
  return Buffer.from(gzipSync(strToU8(JSON.stringify(value)), { level: 9, mtime: 0 })).toString("base64");
}
function encodeRecord(sha, outcomes, reports, maxChars) {
  const gates = {};
  for (const g of outcomes)
    gates[g.name] = {
      passRate: g.passRate,
      executionRate: g.executionRate,
      inventory: g.totals.tests + g.totals.suiteErrors
    };
  const all = [...outcomesById(allCases(reports)).values()];
  const wrap = (tests, complete) => `<!-- ${DIGEST_MARKER} ${pack({ sha, gates, complete, tests: encodeTests(tests) })} -->`;
  const room = maxChars;
  let text2 = wrap(all, true);
  if (text2.length <= room) return text2;
  let failing2 = all.filter((t) => t.outcome === "failed" || t.outcome === "errored");
  text2 = wrap(failing2, false);
  while (text2.length > room && failing2.length) {
    failing2 = failing2.slice(0, Math.floor(failing2.length * Math.min(0.9, room / text2.length)));
    text2 = wrap(failing2, false);
  }
  return text2;
}
function decodeRecord(text2) {
  const match = text2 ? DIGEST.exec(text2) : null;
  if (!match) return void 0;
  try {
    const raw = gunzipSync(Buffer.from(match[1], "base64"));
    if (raw.length > 64 * 1024 * 1024) return void 0;
    const data = JSON.parse(strFromU8(raw));
    const packed = JSON.parse(typeof data.tests === "string" ? data.tests : "{}");
    const files = Array.isArray(packed.files) ? packed.files.map(String) : [];
    const tests = typeof packed.rows === "string" && packed.rows ? packed.rows.split("\n").map((row) => {
      const [o, f, suite, classname, name] = row.split("	");
      const file = f ? files[Number(f)] : void 0;
      return {
        outcome: OUTCOME[o ?? ""] ?? "skipped",
        ...file !== void 0 ? { file } : {},
        suite: suite ?? "",
        classname: classname ?? "",
        name: name ?? ""
      };
    }) : [];
    const gates = data.gates && typeof data.gates === "object" ? data.gates : {};
    return { sha: String(data.sha), gates, tests, complete: Boolean(data.complete) };
  } catch {
    return void 0;
  }
}
var failing = (o) => o === "failed" || o === "errored";
function compareTests(now, base) {
  const before = new Map(base.tests.map((t) => [caseId(t), t]));
  const result = { newFailures: [], fixed: [], stillFailing: [], vanished: base.complete ? [] : null };
  for (const [id, t] of now) {
    const old = before.get(id);
    if (failing(t.outcome)) {
      if (old && failing(old.outcome)) result.stillFailing.push(t);
      else result.newFailures.push(t);
    } else if (t.outcome === "passed" && old && failing(old.outcome)) result.fixed.push(t);
  }
  if (result.vanished) {
    for (const [id, t] of before) if (!now.has(id)) result.vanished.push(t);
  }
  return result;
}

// src/gates/evaluate.ts
var pct = (r) => r === null || r === void 0 ? "n/a" : `${(Math.floor(r * 1e3 + 1e-6) / 10).toString()}%`;
var thresholdText = (t) => `${t.strict ? ">" : ""}${+(t.value * 100).toFixed(2)}%`;
function selector(gate) {
  const compile = (globs) => globs.map((g) => new Minimatch(g, { dot: true, nocase: true, matchBase: !g.includes("/") }));
  const files = compile(gate.select.files);
  const classes = compile(gate.select.classes);
  const suites = compile(gate.select.suites);
  const all = !files.length && !classes.length && !suites.length;
  if (all) return { cases: () => true, suiteErrors: () => true, all };
  return {
    cases: (c) => c.file !== void 0 && files.some((m) => m.match(c.file)) || classes.some((m) => m.match(c.classname)) || suites.some((m) => m.match(c.suite)),
    suiteErrors: (s) => files.some((m) => m.match(s.file)) || classes.some((m) => m.match(s.file)),
    all
  };
}
var meets = (rate2, t) => rate2 !== null && (t.strict ? rate2 > t.value + 1e-12 : rate2 >= t.value - 1e-12);
function countSelected(gate, reports, flaky, each) {
  const select = selector(gate);
  const totals = emptyTotals();
  for (const report of reports) {
    for (const c of report.cases) {
      if (!select.cases(c)) continue;
      each?.(c);
      totals.tests += 1;
      if (c.flaky) {
        totals.flaky += 1;
        if (flaky === "fail") totals.failed += 1;
        else if (flaky === "pass") totals.passed += 1;
        continue;
      }
      totals[c.outcome] += 1;
    }
    for (const s of report.suiteErrors) if (select.suiteErrors(s)) totals.suiteErrors += 1;
  }
  return totals;
}
function missedTargets(gate, f, pass, exec) {
  const reasons = [];
  if (pass.target && !meets(f.passRate, pass.target))
    reasons.push(`pass rate ${pct(f.passRate)} is below the target ${thresholdText(pass.target)}`);
  if (exec.target && !meets(f.executionRate, exec.target))
    reasons.push(
      `execution rate ${pct(f.executionRate)} is below the target ${thresholdText(exec.target)} (${f.executed} of ${f.expected} expected test(s) ran)`
    );
  if (f.executed < gate["min-tests"])
    reasons.push(`${f.executed} test(s) executed, fewer than the minimum ${gate["min-tests"]}`);
  return reasons;
}
function regressions(input, passRate, baseline) {
  const { gate, recorded } = input;
  const reasons = [];
  let regression = false;
  if (baseline && passRate !== null && passRate < baseline.value - 1e-12) {
    regression = true;
    if (gate["no-regression"])
      reasons.push(`pass rate ${pct(passRate)} fell below the baseline ${thresholdText(baseline)}`);
  }
  if (recorded?.passRate != null && passRate !== null && passRate < recorded.passRate - 1e-12) {
    regression = true;
    if (gate["no-regression"])
      reasons.push(`pass rate ${pct(passRate)} fell below ${pct(recorded.passRate)} on the base commit`);
  }
  if (input.newFailures) {
    regression = true;
    if (gate["no-regression"]) reasons.push(`${input.newFailures} test(s) that passed on the base commit now fail`);
  }
  return { regression, reasons };
}
function judge(input, f, pass, exec) {
  if (input.reports.length === 0) {
    const verdict = (input.ifNoReports ?? "fail") === "fail" ? "fail" : "no-data";
    const why = input.noReportWhy ? ` (${input.noReportWhy})` : "";
    return {
      verdict,
      regression: false,
      reasons: [`no report file was read for this gate${why}${verdict === "fail" ? " (if-no-reports: fail)" : ""}`]
    };
  }
  const { totals } = f;
  if (f.executed === 0 && totals.suiteErrors === 0 && input.gate["expected-tests"] === void 0) {
    const why = totals.tests ? `all ${totals.tests} test(s) of this gate were skipped` : "no test of this gate was found in the reports";
    return { verdict: "no-data", regression: false, reasons: [why] };
  }
  const { regression, reasons: fell } = regressions(input, f.passRate, pass.baseline);
  const reasons = [...missedTargets(input.gate, f, pass, exec), ...fell];
  if (reasons.length) return { verdict: "fail", regression, reasons };
  const met = `pass rate ${pct(f.passRate)}, execution rate ${pct(f.executionRate)}: meets its targets`;
  return { verdict: "pass", regression, reasons: [met] };
}
function evaluateGate(input) {
  const { gate, recorded } = input;
  const totals = countSelected(gate, input.reports, input.flaky);
  const executed = totals.passed + totals.failed + totals.errored;
  const expected = gate["expected-tests"] ?? (recorded && recorded.inventory > 0 ? Math.max(recorded.inventory, totals.tests + totals.suiteErrors) : totals.tests + totals.suiteErrors);
  const passRate = executed ? totals.passed / executed : null;
  const executionRate = expected ? Math.min(1, executed / expected) : null;
  const pass = { baseline: parsePercent(gate["pass-rate"]?.baseline), target: parsePercent(gate["pass-rate"]?.target) };
  const exec = {
    baseline: parsePercent(gate["execution-rate"]?.baseline),
    target: parsePercent(gate["execution-rate"]?.target)
  };
  const { verdict, regression, reasons } = judge(
    input,
    { totals, executed, expected, passRate, executionRate },
    pass,
    exec
  );
  return {
    name: gate.name,
    title: gate.title ?? gate.name,
    verdict,
    passRate,
    executionRate,
    baselinePassRate: pass.baseline?.value ?? null,
    targetPassRate: pass.target?.value ?? null,
    baselineExecutionRate: exec.baseline?.value ?? null,
    targetExecutionRate: exec.target?.value ?? null,
    previousPassRate: recorded?.passRate ?? null,
    previousExecutionRate: recorded?.executionRate ?? null,
    targetPassRateStrict: pass.target?.strict ?? false,
    expected,
    regression,
    totals,
    critical: gate.critical,
    ...gate["epic-line"] ? { epicLine: gate["epic-line"] } : {},
    ...gate.epic ? { epic: gate.epic } : {},
    ...input.reports.length === 0 ? { noReport: true } : {},
    reasons
  };
}
function overallVerdict(outcomes) {
  if (outcomes.some((g) => g.verdict === "fail")) return "fail";
  if (outcomes.length === 0 || outcomes.every((g) => g.verdict === "no-data")) return "no-data";
  return "pass";
}
function stepFailure(outcomes, policy, newFailures) {
  if (policy === "never") return void 0;
  if (policy === "gate-failure") {
    const failing2 = outcomes.filter((g) => g.verdict === "fail");
    return failing2.length ? `quality gate(s) failed: ${failing2.map((g) => `${g.title}: ${g.reasons.join("; ")}`).join(" \xB7 ")}` : void 0;
  }
  const regressed = outcomes.filter((g) => g.regression);
  const missing = outcomes.filter((g) => g.verdict === "fail" && g.noReport);
  const parts = missing.map((g) => `${g.title}: ${g.reasons.join("; ")}`);
  parts.push(
    ...regressed.map(
      (g) => `${g.title}: pass rate ${pct(g.passRate)} (baseline ${g.baselinePassRate === null ? "n/a" : pct(g.baselinePassRate)}, base commit ${pct(g.previousPassRate)})`
    )
  );
  if (newFailures) parts.push(`${newFailures} test(s) that passed on the base commit now fail`);
  return parts.length ? `regression (fail-on: regression): ${parts.join(" \xB7 ")}` : void 0;
}

// src/gates/escape.ts
function mdCell(text2, max2 = 200) {
  return inert(text2, { max: max2, refs: true });
}
function mdText(text2, max2 = 500) {
  return inert(text2, { max: max2, refs: true });
}
function mdTest(t, max2 = 200) {
  const owner = t.classname || t.suite;
  return `${owner ? `${inertCode(owner, 120)} \u203A ` : ""}${inert(t.name, { max: max2, refs: true })}`;
}
function plainText(text2, max2) {
  const clean2 = text2.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  return clean2.length > max2 ? `${clean2.slice(0, max2 - 1)}\u2026` : clean2;
}

// src/gates/render.ts
var ICON = { pass: "\u2705", fail: "\u274C", "no-data": "\u26AA" };
var WORD = { pass: "pass", fail: "fail", "no-data": "no data" };
function rate(baseline, now, target, strict = false) {
  return `${baseline === null ? "\u2013" : pct(baseline)} \u2192 **${pct(now)}** \u2192 ${target === null ? "\u2013" : `${strict ? ">" : ""}${pct(target)}`}`;
}
function delta(now, before) {
  if (before === null || before === void 0 || now === null) return "\u2013";
  const d = Math.round((now - before) * 1e3) / 10;
  return `${pct(before)} (${d > 0 ? "+" : d < 0 ? "\u2212" : "\xB1"}${Math.abs(d)})`;
}
function head(view) {
  const overall = overallVerdict(view.outcomes);
  const tests = view.reports.reduce((n, r) => n + r.totals.tests, 0);
  const lines = [
    `### ${ICON[overall]} Quality gates: ${WORD[overall]}`,
    "",
    `${view.headSha && /^[0-9a-f]{7,64}$/i.test(view.headSha) ? `Commit \`${view.headSha.slice(0, 7)}\`: ` : ""}${view.reports.length} report file(s), ${tests} test case(s). ${view.baseline.note}`,
    "",
    "| Gate | Verdict | Pass rate (baseline \u2192 now \u2192 target) | Execution rate (baseline \u2192 now \u2192 target) | Base commit | Passed / failed / errored / skipped |",
    "| --- | --- | --- | --- | --- | --- |",
    ...view.outcomes.map(
      (g) => `| ${mdCell(g.title, 100)} | ${ICON[g.verdict]} ${WORD[g.verdict]} | ${rate(g.baselinePassRate, g.passRate, g.targetPassRate, g.targetPassRateStrict)} | ${rate(g.baselineExecutionRate, g.executionRate, g.targetExecutionRate)} | ${delta(g.passRate, g.previousPassRate)} | ${g.totals.passed} / ${g.totals.failed} / ${g.totals.errored} / ${g.totals.skipped}${g.totals.flaky ? ` (${g.totals.flaky} flaky)` : ""}${g.totals.suiteErrors ? ` (+${g.totals.suiteErrors} suite(s) failed to run)` : ""} |`
    ),
    ""
  ];
  for (const g of view.outcomes)
    if (g.verdict !== "pass") lines.push(`- **${mdText(g.title, 100)}**: ${mdText(g.reasons.join("; "), 1e3)}`);
  return lines.join("\n");
}
function testList(title, tests, max2, open5 = false) {
  if (!tests.length) return "";
  const shown = tests.slice(0, max2).map((t) => `- ${mdTest(t)}`);
  if (tests.length > max2) shown.push(`- \u2026and ${tests.length - max2} more`);
  return [
    `<details${open5 ? " open" : ""}><summary>${title} (${tests.length})</summary>`,
    "",
    ...shown,
    "",
    "</details>"
  ].join("\n");
}
function failures(reports, max2) {
  const failing2 = failingCases(reports);
  if (!failing2.length) return "";
  const lines = failing2.slice(0, max2).map((c) => `- ${mdTest(c)}${c.message ? `: ${mdText(c.message.split("\n")[0], 200)}` : ""}`);
  if (failing2.length > max2) lines.push(`- \u2026and ${failing2.length - max2} more (see the check run's annotations)`);
  return [`<details><summary>Failing tests (${failing2.length})</summary>`, "", ...lines, "", "</details>"].join("\n");
}
function renderGateParts(view, options = {}) {
  const max2 = options.listMax ?? 50;
  const c = view.comparison;
  const sections = [
    c ? testList("New failures since the base commit", c.newFailures, max2, true) : "",
    c ? testList("Fixed since the base commit", c.fixed, max2) : "",
    c ? testList("Still failing", c.stillFailing, max2) : "",
    c?.vanished ? testList("No longer reported (ran on the base commit, absent now)", c.vanished, max2) : "",
    failures(view.reports, max2 * 2),
    view.errors.length ? view.errors.map((e) => `> [!WARNING]
> ${mdText(e, 1e3)}`).join("\n\n") : "",
    view.warnings.length ? `<details><summary>Warnings (${view.warnings.length})</summary>

${view.warnings.slice(0, max2).map((w) => `- ${mdText(w, 500)}`).join("\n")}

</details>` : ""
  ].filter(Boolean);
  return { head: head(view), sections };
}
function fitGates(parts, maxBytes) {
  const note = "\n\n_Some sections were left out to fit GitHub's size limit._\n";
  let out = parts.head;
  if (size(out) + size(note) > maxBytes) return cutLines(out, maxBytes - size(note)) + note;
  let left = 0;
  for (const section of parts.sections) {
    if (size(out) + size(section) + 2 + size(note) <= maxBytes) out += `

${section}`;
    else left++;
  }
  return left ? out + note : `${out}
`;
}
function cutLines(text2, maxBytes) {
  const lines = text2.split("\n");
  let out = "";
  for (const line of lines) {
    if (size(out) + size(line) + 1 > maxBytes) break;
    out += `${line}
`;
  }
  return out;
}
var size = (s) => Buffer.byteLength(s);
function failingCases(reports) {
  return reports.flatMap((r) => r.cases.filter((c) => c.outcome === "failed" || c.outcome === "errored"));
}
function annotations(reports, limit, workspace, newFailures) {
  const fresh = new Set((newFailures ?? []).map((t) => caseId(t)));
  const rel = (p) => {
    const path = p.replace(/\\/g, "/");
    const root = workspace.replace(/\\/g, "/").replace(/\/?$/, "/");
    return path.startsWith(root) ? path.slice(root.length) : path.replace(/^\.\//, "");
  };
  const scored = reports.flatMap(
    (r) => r.cases.filter((c) => c.outcome === "failed" || c.outcome === "errored").map((c) => ({
      c,
      report: r.path,
      score: (fresh.has(caseId(c)) ? 0 : 4) + (c.outcome === "errored" ? 0 : 2) + (c.file && c.line ? 0 : 1)
    }))
  );
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map(({ c, report }) => ({
    path: rel(c.file ?? report),
    start_line: lineOf(c.line),
    end_line: lineOf(c.line),
    annotation_level: "failure",
    title: plainText(`${c.classname || c.suite} \u203A ${c.name}`, 255),
    message: plainText(c.message || (c.outcome === "errored" ? "errored" : "failed"), 4e3)
  }));
}
function lineOf(line) {
  return line !== void 0 && Number.isSafeInteger(line) && line >= 1 && line <= MAX_LINE ? line : 1;
}
var MAX_LINE = 2147483647;

// src/gates/plan.ts
function reportsFor(snapshot, globs) {
  const { matched, byPath } = snapshot.reports;
  return (matched.get(JSON.stringify(globs)) ?? []).map((p) => byPath.get(p)).filter((r) => r !== void 0);
}
function where(target) {
  return target.artifactsOfRun !== void 0 ? " in the downloaded artifacts" : " in the workspace";
}
function baselineOf(config, snapshot) {
  const { target, record } = snapshot;
  if (!config.baseline.compare) return { note: "Comparison with a recorded baseline is off." };
  if (!target.baseSha) return { note: "No base commit to compare with for this event." };
  const base = target.baseSha.slice(0, 7);
  if (!record)
    return {
      note: `No results are recorded for the base commit ${base}: there is nothing to compare with (a run on the default branch records them).`
    };
  const cases = allCases([...snapshot.reports.byPath.values()]);
  const c = compareTests(outcomesById(cases), record);
  const counts = `${c.newFailures.length} new failure(s), ${c.fixed.length} fixed, ${c.stillFailing.length} still failing${c.vanished ? `, ${c.vanished.length} no longer reported` : ""}.`;
  return { comparison: c, note: `Compared with the results recorded for the base commit ${base}. ${counts}` };
}
function outcomesOf(section, snapshot, comparison) {
  const config = section.gates;
  const all = reportsFor(snapshot, config.reports);
  const noReportWhy = (globs) => (snapshot.reports.matched.get(JSON.stringify(globs)) ?? []).length ? "the files that matched could not be read" : `no file matched ${globs.map((g) => `\`${g}\``).join(", ")}${where(snapshot.target)}`;
  return config.items.map((gate) => {
    const reports = gate.reports ? reportsFor(snapshot, gate.reports) : all;
    const select = selector(gate);
    const inGate = (t) => select.cases({ ...t, outcome: "passed", flaky: false });
    const gateComparison = comparison && {
      newFailures: comparison.newFailures.filter(inGate).length,
      fixed: comparison.fixed.filter(inGate).length,
      stillFailing: comparison.stillFailing.filter(inGate).length,
      vanished: comparison.vanished ? comparison.vanished.filter(inGate).length : null
    };
    const recorded = snapshot.record?.gates[gate.name];
    const outcome = evaluateGate({
      gate,
      reports,
      flaky: config.flaky,
      ifNoReports: section.ifNoReports,
      noReportWhy: noReportWhy(gate.reports ?? config.reports),
      ...recorded ? { recorded } : {},
      ...gateComparison ? { newFailures: gateComparison.newFailures } : {}
    });
    return gateComparison ? { ...outcome, comparison: gateComparison } : outcome;
  });
}
function conversationOf(section, snapshot, outcomes, fit, shared) {
  const config = section.gates;
  const pr = snapshot.target.pullRequest;
  if (pr === void 0) return [];
  const verdict = overallVerdict(outcomes);
  const mode = config.publish.comment ? config["comment-mode"] : "off";
  const part = {
    pr,
    mode,
    text: fit(LIMITS.commentBody - COMMENT_MARKER.length - 300),
    digest: figuresDigest(outcomes),
    failing: verdict === "fail"
  };
  if (section.conversationByEscalations) {
    shared.conversation = part;
    return [];
  }
  if (mode === "off") return [];
  const existing = snapshot.conversation;
  const op = planConversation({
    pr,
    mode,
    gate: part,
    sections: existing ? splitConversation(existing.body).sections : [],
    existing,
    why: `quality gates: ${verdict}`
  });
  return op ? [op] : [];
}
function checkRunOps(config, snapshot, view, fit) {
  const { target } = snapshot;
  const { outcomes } = view;
  const verdict = overallVerdict(outcomes);
  const why = `quality gates: ${verdict}`;
  const ops = [];
  if (config.publish["check-run"] && target.headSha) {
    const record = config.baseline.record ? encodeRecord(target.headSha, outcomes, view.reports, LIMITS.checkRunText - 400) : void 0;
    const passing = outcomes.filter((g) => g.verdict === "pass").length;
    ops.push({
      kind: "check-run",
      name: config.publish["check-name"],
      headSha: target.headSha,
      conclusion: verdict === "fail" ? "failure" : verdict === "pass" ? "success" : "neutral",
      title: `${passing}/${outcomes.length} gate(s) pass${outcomes.length ? `: ${outcomes.map((g) => `${g.title} ${pct(g.passRate)}`).join(", ")}` : ""}`.slice(
        0,
        250
      ),
      summary: fit(LIMITS.checkRunText - 200),
      ...record ? { text: `Results recorded for this commit (read back when a pull request is compared with it).

${record}` } : {},
      annotations: annotations(view.reports, config.publish.annotations, snapshot.root, view.comparison?.newFailures),
      why
    });
  }
  return ops;
}
function outputsOf(outcomes, comparison) {
  const gates = outcomes.map((g) => ({
    name: g.name,
    title: g.title,
    verdict: g.verdict,
    passRate: g.passRate,
    executionRate: g.executionRate,
    baselinePassRate: g.baselinePassRate,
    targetPassRate: g.targetPassRate,
    previousPassRate: g.previousPassRate,
    totals: g.totals,
    ...g.comparison ? { comparison: g.comparison } : {},
    reasons: g.reasons
  }));
  return {
    verdict: overallVerdict(outcomes),
    gates: JSON.stringify(gates),
    ...comparison ? { "new-failures": JSON.stringify(comparison.newFailures.slice(0, 100).map((t) => caseId(t))) } : {}
  };
}
function viewOf(config, snapshot, outcomes, baseline) {
  const { target, reports } = snapshot;
  const errors = [...snapshot.fetchErrors, ...reports.errors];
  if (!reports.byPath.size)
    errors.push(`no report matched ${config.reports.map((r) => `\`${r}\``).join(", ")}${where(target)}`);
  return {
    outcomes,
    reports: [...reports.byPath.values()],
    errors,
    warnings: reports.warnings,
    ...baseline.comparison ? { comparison: baseline.comparison } : {},
    baseline: { ...target.baseSha ? { sha: target.baseSha } : {}, note: baseline.note },
    ...target.headSha ? { headSha: target.headSha } : {}
  };
}
function planGates(section, snapshot) {
  const config = section.gates;
  const baseline = baselineOf(config, snapshot);
  const outcomes = outcomesOf(section, snapshot, baseline.comparison);
  const view = viewOf(config, snapshot, outcomes, baseline);
  const parts = renderGateParts(view);
  const fit = (maxBytes) => fitGates(parts, maxBytes);
  const { target } = snapshot;
  const unreported = outcomes.filter((g) => g.noReport);
  const warnings = unreported.length && section.ifNoReports === "warn" ? [
    `quality gates without a report (if-no-reports: warn): ${unreported.map((g) => `${g.title}: ${g.reasons.join("; ")}`).join(" \xB7 ")}`
  ] : [];
  const shared = {
    outcomes,
    onDefaultBranch: target.onDefaultBranch,
    ...target.pullRequest !== void 0 ? { pullRequest: target.pullRequest } : {},
    ...target.headSha ? { headSha: target.headSha } : {},
    ...snapshot.record && target.baseSha ? { baseSha: target.baseSha } : {},
    baselineNote: baseline.note
  };
  const failure = stepFailure(outcomes, config["fail-on"], baseline.comparison?.newFailures.length ?? 0);
  const ops = [
    ...conversationOf(section, snapshot, outcomes, fit, shared),
    ...checkRunOps(config, snapshot, view, fit)
  ];
  return {
    ops,
    shared,
    warnings,
    ...config.publish.summary ? { summary: fit(LIMITS.jobSummaryBytes / 2) } : {},
    outputs: outputsOf(outcomes, baseline.comparison),
    ...failure ? { failure } : {}
  };
}

// src/gates/snapshot.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join as join3 } from "node:path";

// src/gates/artifacts.ts
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
var ArtifactError = class extends Error {
  name = "ArtifactError";
};
function safeEntryPath(name) {
  if (name.includes("\0")) return { refused: "a NUL character" };
  if (name.includes("\\")) return { refused: "a backslash" };
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return { refused: "an absolute path" };
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return { refused: 'a ".." segment' };
  return parts.join("/");
}
function overLimit(total, zipBytes, limits) {
  if (limits.budget && limits.budget.left < 0)
    return `the artifacts of this run inflate to more than ${limits.budget.total} bytes together (gates.max-artifacts-size)`;
  if (total > limits.maxTotalBytes) return `more than ${limits.maxTotalBytes} bytes uncompressed (a zip bomb?)`;
  if (total > limits.maxRatio * Math.max(zipBytes, 1024))
    return `an uncompressed size over ${limits.maxRatio} times the archive's (a zip bomb?)`;
  return void 0;
}
function extractZip(zip, root, limits, label = "archive") {
  if (zip.length > limits.maxZipBytes)
    throw new ArtifactError(
      `${label}: ${zip.length} bytes is over the ${limits.maxZipBytes}-byte limit for an artifact`
    );
  const written = [];
  let total = 0;
  let entries = 0;
  let problem;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem) return;
    if (++entries > limits.maxEntries) {
      problem = `more than ${limits.maxEntries} entries`;
      return;
    }
    const path = safeEntryPath(file.name);
    if (typeof path !== "string") {
      problem = `the entry "${file.name.slice(0, 200)}" has ${path.refused}`;
      return;
    }
    if (file.name.endsWith("/") || path === "") return;
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    const fd2 = openSync(target, "wx");
    written.push(path);
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = `the entry "${path}" cannot be inflated: ${error.message}`;
        return;
      }
      total += chunk.length;
      if (limits.budget) limits.budget.left -= chunk.length;
      problem = overLimit(total, zip.length, limits);
      if (problem) {
        file.terminate();
        closeSync(fd2);
        return;
      }
      writeSync(fd2, chunk);
      if (final) closeSync(fd2);
    };
    file.start();
  };
  const step = 64 * 1024;
  try {
    for (let i2 = 0; i2 < zip.length && !problem; i2 += step)
      unzip.push(zip.subarray(i2, i2 + step), i2 + step >= zip.length);
  } catch (error) {
    problem ??= `not a readable zip archive: ${error.message}`;
  }
  if (problem) throw new ArtifactError(`${label}: refused: ${problem}`);
  return written;
}
async function downloadRunArtifacts(github, repo, runId, names, root, limits) {
  const globs = names.map((n) => new Minimatch(n, { dot: true }));
  const list2 = await github.paginate("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
    ...repo,
    run_id: runId
  });
  const files = [];
  const errors = [];
  const artifacts = [];
  for (const artifact of list2) {
    if (artifact.expired || !globs.some((g) => g.match(artifact.name))) continue;
    const folder = safeEntryPath(artifact.name.replace(/[/\\]/g, "_"));
    if (typeof folder !== "string" || folder === "") {
      errors.push(`artifact "${artifact.name}": refused: not a usable folder name`);
      continue;
    }
    if (limits.budget && limits.budget.left <= 0) {
      errors.push(
        `artifact "${artifact.name}": not downloaded: the run's budget of ${limits.budget.total} bytes for all artifacts is spent (gates.max-artifacts-size)`
      );
      continue;
    }
    if (artifact.size_in_bytes > limits.maxZipBytes) {
      errors.push(
        `artifact "${artifact.name}": ${artifact.size_in_bytes} bytes is over the ${limits.maxZipBytes}-byte limit`
      );
      continue;
    }
    try {
      const response = await github.request(
        "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
        { ...repo, artifact_id: artifact.id, archive_format: "zip" }
      );
      const zip = new Uint8Array(response.data);
      const extracted = extractZip(zip, join(root, folder), limits, `artifact "${artifact.name}"`);
      files.push(...extracted.map((f) => `${folder}/${f}`));
      artifacts.push(artifact.name);
    } catch (error) {
      rmSync(join(root, folder), { recursive: true, force: true });
      errors.push(
        error instanceof ArtifactError ? error.message : `artifact "${artifact.name}": download failed: ${error.message}`
      );
    }
  }
  return { files, errors, artifacts };
}

// src/gates/files.ts
import { readdir } from "node:fs/promises";
import { join as join2, relative } from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function expandGlobs(patterns, root) {
  const literal = patterns.filter((p) => !/[*?[\]{}]/.test(p));
  const globs = patterns.filter((p) => /[*?[\]{}]/.test(p)).map((p) => new Minimatch(p, { dot: true }));
  const found = [...literal];
  if (globs.length) {
    const walk = async (dir) => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        if (SKIP.has(entry.name)) continue;
        const path = join2(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile() && globs.some((g) => g.match(relative(root, path))))
          found.push(relative(root, path) || path);
      }
    };
    await walk(root);
  }
  return [...new Set(found)].sort();
}

// src/gates/read.ts
import { closeSync as closeSync2, openSync as openSync2, readSync } from "node:fs";
import { open as open4, readFile as readFile2, stat } from "node:fs/promises";

// src/gates/utf8.ts
var LEAD = [0, 0, 192, 224, 240];
var utf8Length = (code) => code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
var utf8Byte = (code, n, b) => n === 1 ? code : b === 0 ? LEAD[n] | code >> 6 * (n - 1) : 128 | code >> 6 * (n - 1 - b) & 63;

// src/gates/cases.ts
var CaseList = class {
  #count = 0;
  #text = new TextStore();
  #table = new StringTable(this.#text);
  #columns = new Columns();
  #suites = new SuiteTree(this.#table);
  /** The suite `push` was given last, and its node: a list's cases come suite by suite. */
  #lastSuite = "";
  #lastSuiteNode = NO_SUITE;
  /** Lines that are no 32-bit integer (a report may say anything): kept as they were. */
  #oddLines = /* @__PURE__ */ new Map();
  /** A failure's message: where its UTF-8 starts × MESSAGE_SPAN + its length in bytes. */
  #messages = /* @__PURE__ */ new Map();
  /** Names and messages UTF-8 cannot hold (a lone surrogate, from a JSON escape): kept as given. */
  #oddNames = /* @__PURE__ */ new Map();
  #oddMessages = /* @__PURE__ */ new Map();
  /** The name keepName kept for the next case: where its UTF-8 is, or the string UTF-8 cannot hold. */
  #heldAt = 0;
  #heldBytes = 0;
  #heldOdd;
  #scratch = newKeptCase();
  get length() {
    return this.#count;
  }
  /** Adds a case; returns its index. */
  push(c) {
    this.keepName(c.name);
    const t = this.#table;
    const k = this.#scratch;
    if (c.suite !== this.#lastSuite) {
      this.#lastSuiteNode = this.#suites.node(NO_SUITE, c.suite);
      this.#lastSuite = c.suite;
    }
    k.suite = this.#lastSuiteNode;
    k.classname = c.classname === c.name && c.name !== "" ? SAME_AS_NAME : t.index(c.classname);
    k.file = c.file === void 0 ? NO_FILE : t.index(c.file);
    k.line = c.line;
    k.outcome = c.outcome;
    k.flaky = c.flaky;
    k.message = c.message;
    return this.add(k);
  }
  /**
   * The name of the case `add` stores next, kept now: a streaming reader's bytes may be gone by
   * the time the case ends. A later call replaces it (a case that never ended).
   */
  keepName(name) {
    if (!wellFormed(name)) {
      this.#hold(0, 0, name);
      return;
    }
    const at = this.#text.stage(name);
    this.#hold(at, this.#text.commit(), void 0);
  }
  /** The same from UTF-8 bytes, copied as they are: no string is made. */
  keepNameBytes(span) {
    const at = this.#text.stageBytes(span);
    this.#hold(at, this.#text.commit(), void 0);
  }
  #hold(at, bytes, odd) {
    this.#heldAt = at;
    this.#heldBytes = bytes;
    this.#heldOdd = odd;
  }
  /**
   * The suite named `name` inside suite `outer` (NO_SUITE: at the top), as a number for
   * KeptCase.suite; its path is `outer`'s and `name` joined with ` › ` (an empty name adds none).
   */
  suiteNode(outer, name) {
    return this.#suites.node(outer, name);
  }
  /** The number of a class or file string (see KeptCase). */
  index(text2) {
    return this.#table.index(text2);
  }
  /** The same from UTF-8 bytes: found by its bytes, copied only when new, never made a string. */
  indexBytes(span) {
    return this.#table.indexBytes(span);
  }
  /** Adds a case whose name was kept (keepName) and whose strings are numbers; returns its index. */
  add(c) {
    const i2 = this.#count;
    const p = this.#columns.room(i2);
    const j = i2 & PAGE_MASK;
    if (this.#heldOdd !== void 0) this.#oddNames.set(i2, this.#heldOdd);
    p.nameAt[j] = this.#heldAt;
    p.nameBytes[j] = this.#heldBytes;
    this.#hold(0, 0, void 0);
    p.suites[j] = c.suite;
    p.classes[j] = c.classname;
    if (c.file !== NO_FILE) (p.files ??= filled(new Uint32Array(p.flags.length), NONE))[j] = c.file;
    this.#setLine(i2, c.line);
    p.flags[j] = OUTCOME_CODE[c.outcome] | (c.flaky ? FLAKY : 0);
    if (c.message !== void 0) this.#putMessage(i2, c.message);
    this.#count = i2 + 1;
    return i2;
  }
  /** The case at `index` as a new TestCase object (a change to it does not change the list). */
  at(index) {
    const i2 = index < 0 ? this.#count + index : index;
    if (!(i2 >= 0 && i2 < this.#count)) return void 0;
    const p = this.#columns.page(i2);
    const j = i2 & PAGE_MASK;
    const name = this.#oddNames.get(i2) ?? this.#text.text(p.nameAt[j], p.nameBytes[j]);
    const klass = p.classes[j];
    const flags = p.flags[j];
    const c = {
      suite: this.#suites.path(p.suites[j]),
      classname: klass === SAME_AS_NAME ? name : this.#table.text(klass, FIELD.classname),
      name,
      outcome: OUTCOMES[flags & 3],
      flaky: (flags & FLAKY) !== 0
    };
    const file = p.files?.[j] ?? NONE;
    if (file !== NONE) c.file = this.#table.text(file, FIELD.file);
    const line = this.#lineOf(i2);
    if (line !== void 0) c.line = line;
    const message = this.#messageOf(i2);
    if (message !== void 0) c.message = message;
    return c;
  }
  /** Sets a case's class when the report names it after the case (TRX lists classes last). */
  setClassname(index, classname) {
    if (index >= 0 && index < this.#count)
      this.#columns.page(index).classes[index & PAGE_MASK] = this.#table.index(classname);
  }
  *[Symbol.iterator]() {
    for (let i2 = 0; i2 < this.#count; i2++) yield this.at(i2);
  }
  filter(predicate) {
    const out = [];
    for (const c of this) if (predicate(c)) out.push(c);
    return out;
  }
  map(f) {
    const out = [];
    for (const c of this) out.push(f(c));
    return out;
  }
  #putMessage(i2, message) {
    if (!wellFormed(message) || message.length * 3 >= MESSAGE_SPAN) {
      this.#oddMessages.set(i2, message);
      return;
    }
    const at = this.#text.stage(message);
    this.#messages.set(i2, at * MESSAGE_SPAN + this.#text.commit());
  }
  #messageOf(i2) {
    const packed = this.#messages.get(i2);
    if (packed === void 0) return this.#oddMessages.get(i2);
    return this.#text.text(Math.floor(packed / MESSAGE_SPAN), packed % MESSAGE_SPAN);
  }
  #setLine(i2, line) {
    if (line === void 0) return;
    const p = this.#columns.page(i2);
    const lines = p.lines ??= filled(new Int32Array(p.flags.length), NO_LINE);
    if ((line | 0) === line && line !== NO_LINE && !Object.is(line, -0)) lines[i2 & PAGE_MASK] = line;
    else this.#oddLines.set(i2, line);
  }
  #lineOf(i2) {
    const line = this.#columns.page(i2).lines?.[i2 & PAGE_MASK] ?? NO_LINE;
    return line !== NO_LINE ? line : this.#oddLines.get(i2);
  }
};
var NONE = 4294967295;
var NO_FILE = NONE;
var SAME_AS_NAME = 4294967294;
function newKeptCase() {
  return {
    suite: NO_SUITE,
    classname: 0,
    file: NO_FILE,
    line: void 0,
    outcome: "passed",
    flaky: false,
    message: void 0
  };
}
var NO_SUITE = 0;
var FIELD = { suite: 0, classname: 1, file: 2 };
var NO_LINE = -2147483648;
var FLAKY = 4;
var OUTCOMES = ["passed", "failed", "errored", "skipped"];
var OUTCOME_CODE = { passed: 0, failed: 1, errored: 2, skipped: 3 };
var MESSAGE_SPAN = 2 ** 20;
function filled(column, value) {
  column.fill(value);
  return column;
}
var PAGE_BITS = 16;
var PAGE = 1 << PAGE_BITS;
var PAGE_MASK = PAGE - 1;
var Columns = class {
  pages = [newPage(1024)];
  /** The page for case `i`, the next one to add, made or widened as needed. */
  room(i2) {
    const n = i2 >>> PAGE_BITS;
    if (n === this.pages.length) this.pages.push(newPage(PAGE));
    const p = this.pages[n];
    if ((i2 & PAGE_MASK) === p.flags.length) this.pages[n] = widen(p);
    return this.pages[n];
  }
  page(i2) {
    return this.pages[i2 >>> PAGE_BITS];
  }
};
function newPage(size2) {
  return {
    nameAt: new Uint32Array(size2),
    nameBytes: new Uint32Array(size2),
    suites: new Uint32Array(size2),
    classes: new Uint32Array(size2),
    // Present from the start, made later: a field added to a page would change its shape,
    // and V8's code compiled for the old one would be thrown away.
    files: void 0,
    lines: void 0,
    flags: new Uint8Array(size2)
  };
}
function widen(p) {
  const q = newPage(Math.min(PAGE, p.flags.length * 2));
  q.nameAt.set(p.nameAt);
  q.nameBytes.set(p.nameBytes);
  q.suites.set(p.suites);
  q.classes.set(p.classes);
  if (p.files) (q.files = filled(new Uint32Array(q.flags.length), NONE)).set(p.files);
  if (p.lines) (q.lines = filled(new Int32Array(q.flags.length), NO_LINE)).set(p.lines);
  q.flags.set(p.flags);
  return q;
}
var SuiteTree = class {
  constructor(table) {
    this.table = table;
  }
  table;
  /**
   * Node n is [2n] its outer node and [2n + 1] its name's number, in pages of NODE_PAGE nodes
   * added as the tree grows: suites nested deep open a million nodes, and an array doubled to
   * hold them was copied and zeroed again at every doubling (5% of such a parse).
   */
  pages = [new Uint32Array(2 * NODE_PAGE)];
  /** Node 0 is no suite. */
  count = 1;
  /** Paths built lately, by node: a list's cases come suite by suite, and siblings share their outer path. */
  paths = /* @__PURE__ */ new Map([[NO_SUITE, ""]]);
  node(outer, name) {
    if (name === "") return outer;
    const i2 = this.count++;
    const k = i2 & NODE_MASK;
    if (k === 0) this.pages.push(new Uint32Array(2 * NODE_PAGE));
    const page = this.pages[i2 >>> NODE_BITS];
    page[2 * k] = outer;
    page[2 * k + 1] = this.table.index(name);
    return i2;
  }
  outer(n) {
    return this.pages[n >>> NODE_BITS][2 * (n & NODE_MASK)];
  }
  name(n) {
    return this.pages[n >>> NODE_BITS][2 * (n & NODE_MASK) + 1];
  }
  path(node) {
    const known = this.paths.get(node);
    if (known !== void 0) return known;
    const up = [];
    let n = node;
    for (; !this.paths.has(n); n = this.outer(n)) up.push(n);
    let path = this.paths.get(n);
    if (this.paths.size + up.length > PATHS_KEPT) {
      this.paths.clear();
      this.paths.set(NO_SUITE, "");
    }
    for (let k = up.length - 1; k >= 0; k--) {
      const name = this.table.text(this.name(up[k]), FIELD.suite);
      path = path ? `${path} \u203A ${name}` : name;
      this.paths.set(up[k], path);
    }
    return path;
  }
};
var PATHS_KEPT = 4096;
var NODE_BITS = 13;
var NODE_PAGE = 1 << NODE_BITS;
var NODE_MASK = NODE_PAGE - 1;
var StringTable = class {
  constructor(store = new TextStore()) {
    this.store = store;
  }
  store;
  at = new Uint32Array(1024);
  bytes = new Uint32Array(1024);
  /** Slot k is [2k] the string's number (EMPTY: free) and [2k + 1] its hash. */
  slots = new Int32Array(2 * 2048).fill(EMPTY);
  count = 0;
  odd = /* @__PURE__ */ new Map();
  oddText = /* @__PURE__ */ new Map();
  /** String numbers by the low bits of their hash (see indexBytes); EMPTY where none. */
  quick = new Int32Array(QUICK_SLOTS).fill(EMPTY);
  /** Strings looked up lately and their numbers (see index). */
  recent = /* @__PURE__ */ new Map();
  decodedIndex = [-1, -1, -1];
  decoded = ["", "", ""];
  get size() {
    return this.count;
  }
  /**
   * The number of `text`. Strings looked up lately are found in a Map first: V8 keeps a string's
   * hash in the string, and a reader hands the same string objects again and again (the
   * scanner's remembered values), so most lookups neither hash nor compare characters here.
   */
  index(text2) {
    const known = this.recent.get(text2);
    if (known !== void 0) return known;
    const i2 = wellFormed(text2) ? this.find(text2) : this.findOdd(text2);
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(detach(text2), i2);
    return i2;
  }
  /** The text of number `i`. */
  text(i2, field2 = 0) {
    if (this.decodedIndex[field2] === i2) return this.decoded[field2];
    const text2 = this.oddText.get(i2) ?? this.store.text(this.at[i2], this.bytes[i2]);
    this.decodedIndex[field2] = i2;
    this.decoded[field2] = text2;
    return text2;
  }
  /** The number of the string whose UTF-8 is `span` (see CaseList.indexBytes). */
  indexBytes(span) {
    const hash = hashBytes(span.bytes, span.start, span.end) | 0;
    const quick = hash & QUICK_SLOTS - 1;
    const seen = this.quick[quick];
    if (seen !== EMPTY && this.store.holdsBytes(this.at[seen], this.bytes[seen], span)) return seen;
    const i2 = this.lookupBytes(span, hash);
    this.quick[quick] = i2;
    return i2;
  }
  lookupBytes(span, hash) {
    const s = this.probe(hash, span, "");
    const i2 = this.slots[2 * s];
    return i2 !== EMPTY ? i2 : this.added(s, this.store.stageBytes(span), hash);
  }
  /** Compares the text with the bytes kept, character by character: it is encoded only when new. */
  find(text2) {
    const hash = hashText(text2) | 0;
    const s = this.probe(hash, void 0, text2);
    const i2 = this.slots[2 * s];
    return i2 !== EMPTY ? i2 : this.added(s, this.store.stage(text2), hash);
  }
  /**
   * The slot of the string of this hash whose bytes are `span` (else whose text is `text`), or
   * the free slot where it would go.
   */
  probe(hash, span, text2) {
    const { slots, store } = this;
    const mask = (slots.length >>> 1) - 1;
    let s = hash & mask;
    for (let i2 = slots[2 * s]; i2 !== EMPTY; i2 = slots[2 * s]) {
      if (slots[2 * s + 1] === hash) {
        const at = this.at[i2];
        const bytes = this.bytes[i2];
        if (span !== void 0 ? store.holdsBytes(at, bytes, span) : store.holds(at, bytes, text2)) return s;
      }
      s = s + 1 & mask;
    }
    return s;
  }
  /** Keeps the text just staged at `at` as a new string in slot `s`; returns its number. */
  added(s, at, hash) {
    const i2 = this.add(at, this.store.commit());
    this.slots[2 * s] = i2;
    this.slots[2 * s + 1] = hash;
    if (this.count * 4 > this.slots.length) this.rehash();
    return i2;
  }
  findOdd(text2) {
    let i2 = this.odd.get(text2);
    if (i2 === void 0) {
      i2 = this.add(0, 0);
      const kept = [text2].join("");
      this.odd.set(kept, i2);
      this.oddText.set(i2, kept);
    }
    return i2;
  }
  add(at, bytes) {
    const i2 = this.count++;
    if (i2 === this.at.length) {
      this.at = wider(this.at);
      this.bytes = wider(this.bytes);
    }
    this.at[i2] = at;
    this.bytes[i2] = bytes;
    return i2;
  }
  /** Twice the slots, each string put back where its hash leads (odd strings have no slot). */
  rehash() {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >>> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === EMPTY) continue;
      const hash = old[k + 1];
      let s = hash & mask;
      while (slots[2 * s] !== EMPTY) s = s + 1 & mask;
      slots[2 * s] = old[k];
      slots[2 * s + 1] = hash;
    }
    this.slots = slots;
  }
};
var EMPTY = -1;
var QUICK_SLOTS = 1024;
var RECENT = 4096;
var wellFormed = (text2) => text2.isWellFormed();
function wider(a) {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
var TextStore = class {
  chunks = [];
  chunk = Buffer.alloc(0);
  used = 0;
  /** The byte length of the text staged last. */
  staged = 0;
  /** Writes `text` after the last text kept; returns where it starts. */
  stage(text2) {
    if (this.used >= CHUNK || this.used + text2.length * 3 > this.chunk.length) this.open(text2.length * 3);
    this.staged = this.chunk.write(text2, this.used, "utf8");
    return (this.chunks.length - 1) * CHUNK + this.used;
  }
  /** Writes UTF-8 bytes after the last text kept, as `stage` does a string. */
  stageBytes(span) {
    const { bytes, start, end } = span;
    const n = end - start;
    if (this.used >= CHUNK || this.used + n > this.chunk.length) this.open(n);
    const { chunk, used } = this;
    if (n > 64) chunk.set(bytes.subarray(start, end), used);
    else for (let k = 0; k < n; k++) chunk[used + k] = bytes[start + k];
    this.staged = n;
    return (this.chunks.length - 1) * CHUNK + used;
  }
  /** Keeps the staged text; returns its length in bytes. */
  commit() {
    this.used += this.staged;
    return this.staged;
  }
  text(at, bytes) {
    if (bytes === 0) return "";
    const chunk = this.chunks[Math.floor(at / CHUNK)];
    const start = at % CHUNK;
    return chunk.toString("utf8", start, start + bytes);
  }
  /** Whether the `bytes` bytes at `at` are the UTF-8 of `text` (a well-formed string). */
  holds(at, bytes, text2) {
    if (bytes < text2.length) return false;
    if (bytes === 0) return true;
    return utf8Equals(this.chunks[Math.floor(at / CHUNK)], at % CHUNK, bytes, text2);
  }
  /** Whether the `bytes` bytes at `at` are the bytes of `span`. */
  holdsBytes(at, bytes, span) {
    const { start, end } = span;
    if (end - start !== bytes) return false;
    if (bytes === 0) return true;
    const chunk = this.chunks[Math.floor(at / CHUNK)];
    const from = at % CHUNK;
    const b = span.bytes;
    for (let k = 0; k < bytes; k++) if (chunk[from + k] !== b[start + k]) return false;
    return true;
  }
  open(least) {
    this.chunk = Buffer.alloc(Math.max(Math.min(CHUNK, FIRST_CHUNK << this.chunks.length), least));
    this.chunks.push(this.chunk);
    this.used = 0;
  }
};
var CHUNK = 1024 * 1024;
var FIRST_CHUNK = 4096;
var FNV_BASIS = 2166136261;
var FNV_PRIME = 16777619;
function hashText(text2) {
  let h = FNV_BASIS;
  for (let k = 0; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c < 128) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    const code = text2.codePointAt(k);
    if (code > 65535) k++;
    const n = utf8Length(code);
    for (let b = 0; b < n; b++) h = Math.imul(h ^ utf8Byte(code, n, b), FNV_PRIME);
  }
  return h >>> 0;
}
function hashBytes(bytes, start, end) {
  let h = FNV_BASIS;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], FNV_PRIME);
  return h >>> 0;
}
function utf8Equals(chunk, start, bytes, text2) {
  const end = start + bytes;
  let p = start;
  for (let k = 0; k < text2.length; k++) {
    const c = text2.charCodeAt(k);
    if (c < 128) {
      if (p >= end || chunk[p++] !== c) return false;
      continue;
    }
    const code = text2.codePointAt(k);
    if (code > 65535) k++;
    const n = utf8Length(code);
    if (p + n > end) return false;
    for (let b = 0; b < n; b++) if (chunk[p + b] !== utf8Byte(code, n, b)) return false;
    p += n;
  }
  return p === end;
}

// src/gates/jest-json.ts
var OUTCOMES2 = {
  passed: "passed",
  failed: "failed",
  pending: "skipped",
  skipped: "skipped",
  todo: "skipped",
  disabled: "skipped",
  focused: "passed"
};
var ANSI = /\u001b\[[0-9;]*m/g;
var isJson = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var field = (value, key) => isJson(value) ? value[key] : void 0;
var list = (value) => Array.isArray(value) ? value : [];
var text = (value) => typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
var clean = (value) => (text(value) ?? "").replace(ANSI, "").trim().slice(0, MESSAGE_CAP);
function position(source, message) {
  const at = /position (\d+)/.exec(message);
  if (!at) return "";
  const offset = Number(at[1]);
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return `:${line}:${offset - before.lastIndexOf("\n")}`;
}
function parseJestJson(source, path) {
  let data;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ReportError(
      `${path}${position(source, error.message)}: not valid JSON: ${error.message}`
    );
  }
  const files = field(data, "testResults");
  if (!Array.isArray(files)) throw new ReportError(`${path}: not a Jest --json report (no "testResults" list)`);
  const cases = new CaseList();
  const report = {
    path,
    format: "jest-json",
    totals: emptyTotals(),
    cases,
    suiteErrors: [],
    warnings: []
  };
  for (const file of files) readFile(report, cases, file);
  const declared = field(data, "numTotalTests");
  if (typeof declared === "number" && declared !== report.totals.tests) {
    report.warnings.push(
      `${path}: the header says ${declared} tests but the files list ${report.totals.tests}; the listed tests are counted`
    );
  }
  return report;
}
function readFile(report, cases, file) {
  const fileName = text(field(file, "name") ?? field(file, "testFilePath")) ?? "";
  const own = field(file, "assertionResults");
  const assertions = Array.isArray(own) ? own : list(field(file, "testResults"));
  const execError = field(file, "testExecError");
  const status = field(file, "status");
  const failureMessage = field(file, "failureMessage");
  const suiteError = (message) => {
    report.totals.suiteErrors += 1;
    report.suiteErrors.push({ file: fileName, message: clean(message ?? "the test file failed to run") });
  };
  if (assertions.length === 0 && (execError || status === "failed" || failureMessage)) {
    suiteError(field(execError, "message") ?? failureMessage ?? field(file, "message"));
    return;
  }
  if (execError || status === "failed" && !assertions.some((a) => field(a, "status") === "failed")) {
    suiteError(
      (typeof execError === "string" ? execError : field(execError, "message")) ?? field(file, "message") ?? failureMessage
    );
  }
  for (const a of assertions) {
    const test = readAssertion(report, a, fileName);
    cases.push(test);
    addCase(report.totals, test);
  }
}
function readAssertion(report, a, fileName) {
  const status = field(a, "status");
  const said = text(status) ?? "";
  const outcome = Object.hasOwn(OUTCOMES2, said) ? OUTCOMES2[said] : void 0;
  const title = field(a, "title");
  const fullName = field(a, "fullName");
  if (!outcome)
    report.warnings.push(
      `${report.path}: unknown status "${text(status)}" for "${text(fullName ?? title)}", counted as skipped`
    );
  const ancestors = field(a, "ancestorTitles");
  const invocations = field(a, "invocations");
  const test = {
    suite: Array.isArray(ancestors) ? ancestors.map((t) => text(t) ?? "").join(" \u203A ") : "",
    classname: fileName,
    name: text(title ?? fullName) ?? "",
    outcome: outcome ?? "skipped",
    flaky: outcome === "passed" && typeof invocations === "number" && invocations > 1
  };
  if (fileName) test.file = fileName;
  const line = field(field(a, "location"), "line");
  if (typeof line === "number") test.line = line;
  const messages = list(field(a, "failureMessages"));
  if (outcome === "failed" && messages.length) test.message = clean(messages[0]);
  return test;
}

// src/gates/xml.ts
var XmlError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var TEXT_CAP = 64 * 1024;
var NAME_CAP = 1024;
var ATTRIBUTE_CAP = 1024;
var ENTITY_CAP = 64;
var TEXT = 0;
var MARKUP = 1;
var ATTRS = 2;
var VALUE = 3;
var COMMENT = 4;
var CDATA = 5;
var PI = 6;
var STATES = [
  "",
  "a tag",
  "a start tag",
  "an attribute value",
  "a comment",
  "a CDATA section",
  "a processing instruction"
];
var LT = 60;
var GT = 62;
var AMP = 38;
var SEMI = 59;
var SLASH = 47;
var BANG = 33;
var QUESTION = 63;
var EQUALS = 61;
var NL = 10;
var CR = 13;
var TAB = 9;
var NAME = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (c > 127 || /[A-Za-z_:]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}
var isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
var nameByte = (c) => c >= 97 ? c <= 122 || c >= 128 : c >= 65 ? c <= 90 || c === 95 : c >= 45 && c <= 58 && c !== 47;
var VALUE_AMP = 1;
var VALUE_SPACE = 2;
var LONG_TEXT = 4096;
var OTHER_REFERENCE = /&(?!(?:lt|gt|amp|quot|apos);)/g;
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var bytesOf = (text2) => Buffer.from(text2, "latin1");
var CDATA_START = bytesOf("<![CDATA[");
var CDATA_END = "]]>";
var COMMENT_END = "-->";
var PI_END = "?>";
var FFFX_BYTES = Buffer.from([239, 191]);
var CHAR = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));
var PLAIN = new Uint8Array(256);
for (let b = 32; b < 128; b++) PLAIN[b] = 1;
PLAIN[9] = PLAIN[10] = PLAIN[13] = 1;
function entityText(name) {
  const known = PREDEFINED[name];
  if (known !== void 0 && Object.hasOwn(PREDEFINED, name)) return known;
  const hex = name.charCodeAt(1) === 120;
  return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
}
function decodeReferences(raw) {
  let a = raw.indexOf("&");
  if (a === -1) return raw;
  let out = "";
  let from = 0;
  while (a !== -1) {
    const semi = raw.indexOf(";", a + 1);
    if (semi === -1) break;
    out += raw.slice(from, a) + predefined(raw, a, semi);
    from = semi + 1;
    a = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}
function predefined(raw, a, semi) {
  const c = raw.charCodeAt(a + 1);
  const n = semi - a - 1;
  if (n === 2 && raw.charCodeAt(a + 2) === 116) {
    if (c === 108) return "<";
    if (c === 103) return ">";
  }
  if (n === 3 && c === 97) return "&";
  if (n === 4 && c === 113) return '"';
  if (n === 4 && c === 97) return "'";
  return entityText(raw.slice(a + 1, semi));
}
var utf8 = typeof Buffer.prototype.utf8Slice === "function" ? (buf, start, end) => buf.utf8Slice(start, end) : (buf, start, end) => buf.toString("utf8", start, end);
var REMEMBERED_BYTES = 256;
var REMEMBERED = 4096;
function units(b, start, end) {
  let n = 0;
  for (let i2 = start; i2 < end; i2++) {
    const c = b[i2];
    if (c < 128 || c >= 192) n += c >= 240 ? 2 : 1;
  }
  return n;
}
var charEnd = (at, c) => at + (c < 192 ? 1 : c < 224 ? 2 : c < 240 ? 3 : 4);
var zeroBytes = (x2) => ~((x2 & 2139062143) + 2139062143 | x2) & 2155905152;
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var BEFORE = [0, 1, 2, 3].map((n) => {
  let mask = 0;
  for (let k = 0; k < n; k++) mask |= 32 << (LITTLE_ENDIAN ? 8 * k : 24 - 8 * k);
  return mask;
});
var AMPS = 640034342;
var SPACES = 538976288;
var lowBytes = (x2) => ~((x2 & 2139062143) + 1616928864 | x2) & 2155905152;
function wordLines(x2) {
  const low = lowBytes(x2);
  if (low === 0) return 0;
  const nl = zeroBytes(x2 ^ 168430090);
  const other = low & ~nl;
  if (other !== 0 && (other & ~(zeroBytes(x2 ^ 151587081) | zeroBytes(x2 ^ 218959117))) !== 0) return -1;
  return Math.imul(nl >>> 7, 16843009) >>> 24;
}
function firstControl(buf, k) {
  for (; ; k++) {
    const c = buf[k];
    if (c < 32 && c !== NL && c !== TAB && c !== CR) return k;
  }
}
function scanControls(buf, words, from, to) {
  let lines = 0;
  const first = from >>> 2;
  let w = first & ~3;
  const head2 = BEFORE[from & 3];
  let m0 = w < first ? SPACES : head2;
  let m1 = w + 1 < first ? SPACES : w + 1 === first ? head2 : 0;
  let m2 = w + 2 < first ? SPACES : w + 2 === first ? head2 : 0;
  let m3 = w + 3 === first ? head2 : 0;
  for (const end = to + 15 >>> 4 << 2; w < end; w += 4) {
    const a = words[w] | m0;
    const b = words[w + 1] | m1;
    const c = words[w + 2] | m2;
    const d = words[w + 3] | m3;
    m0 = m1 = m2 = m3 = 0;
    if ((lowBytes(a) | lowBytes(b) | lowBytes(c) | lowBytes(d)) === 0) continue;
    const la = wordLines(a);
    const lb = wordLines(b);
    const lc2 = wordLines(c);
    const ld = wordLines(d);
    if ((la | lb | lc2 | ld) < 0) return -1 - firstControl(buf, Math.max(from, w * 4));
    lines += la + lb + lc2 + ld;
  }
  return lines;
}
var KeySet = class {
  constructor(keys) {
    this.keys = keys;
    keys.forEach((key, index) => {
      const bytes = Buffer.from(key, "utf8");
      (this.byLength[bytes.length] ??= []).push({ index, bytes });
      this.index.set(key, index);
    });
  }
  keys;
  byLength = [];
  index = /* @__PURE__ */ new Map();
};
var Next = class {
  constructor(char) {
    this.char = char;
  }
  char;
  at = -1;
  from = Infinity;
  reset() {
    this.from = Infinity;
  }
  /** Whether the character occurs in [start, end). */
  before(text2, start, end) {
    if (start < this.from || this.at !== -1 && this.at < start) {
      this.from = start;
      this.at = text2.indexOf(this.char, start);
    }
    return this.at !== -1 && this.at < end;
  }
};
var XmlScanner = class {
  constructor(handler) {
    this.handler = handler;
  }
  handler;
  /** Set by the handler: deliver text and CDATA to `text` (else they are only checked). */
  wantText = false;
  buf = Buffer.alloc(128 * 1024);
  words = new Int32Array(this.buf.buffer, this.buf.byteOffset, this.buf.length >>> 2);
  len = 0;
  /**
   * buf[0, len) as Latin-1 text, one character a byte, made once a chunk: its indexOf (a
   * builtin) finds `<`, a quote or `&` at a fraction of the cost of a call to Buffer's. Not made
   * for a chunk that is all text (plainText): '' then.
   */
  mirror = "";
  pos = 0;
  state = TEXT;
  /** Newlines before `buf` and within buf[0, len); the column where `buf` starts; its offset in the document. */
  lines = 0;
  bufLines = 0;
  column0 = 0;
  offset = 0;
  /** Bytes before `checked` passed the check for characters XML forbids. */
  checked = 0;
  /** A string chunk's last unit when it was the first half of a surrogate pair. */
  highSurrogate = "";
  /** The open elements' names, stack[0, depth): kept with a depth, not pushed and popped (no builtin call). */
  stack = [];
  depth = 0;
  /** Each open element's name as bytes when it is a known name (else undefined): see closesOpen. */
  stackBytes = [];
  /** knowNames' names by length, with their bytes. */
  known = [];
  rootDone = false;
  pending = "";
  pendingBytes = 0;
  pendingText = false;
  /** The next `&` at or after `ampFrom` (-1: none in the buffer), so text is searched once. */
  ampAt = -1;
  ampFrom = Infinity;
  /** The same for `<`: a start tag's values and the text after it share one search. */
  ltAt = -1;
  ltFrom = Infinity;
  // The start tag being read (ATTRS, VALUE): its name, and the name's bytes when it is known.
  tagName = "";
  tagBytes;
  /** The known name `name` found last (its bytes), else undefined. */
  nameBytes;
  // Its attributes: names and values as text or (while undefined) where they are in the buffer:
  // most are never asked for, so most never become strings.
  count = 0;
  names = [];
  nameAt = new Int32Array(ATTRIBUTE_CAP);
  nameLength = new Int32Array(ATTRIBUTE_CAP);
  values = [];
  starts = new Int32Array(ATTRIBUTE_CAP);
  ends = new Int32Array(ATTRIBUTE_CAP);
  flags = new Uint8Array(ATTRIBUTE_CAP);
  spaced = false;
  /** One bit for each attribute of the tag, from its name's length and end bytes (see add). */
  nameBits = 0;
  attrName = "";
  quote = 34;
  valueHead = "";
  /** What the last value read holds: a reference (VALUE_AMP), a tab or line end (VALUE_SPACE). */
  valueFlags = 0;
  // Whether a value holds a tab, LF or CR (normalised to spaces when it is read).
  nl = new Next("\n");
  tab = new Next("	");
  cr = new Next("\r");
  // Values remembered by attributeValue(i, true): each slot's bytes in a ring (cleared, slots
  // and all, when it is full), its length (-1: empty) and its text.
  ring = new Uint8Array(REMEMBERED * 64);
  ringUsed = 0;
  slotAt = new Int32Array(REMEMBERED);
  slotLength = new Int32Array(REMEMBERED).fill(-1);
  slotText = new Array(REMEMBERED).fill("");
  /** Where valueSpan gives a value's bytes, and the bytes it decodes a value into. */
  span = { bytes: this.buf, start: 0, end: 0 };
  scratch = Buffer.alloc(1024);
  attribute = (name) => {
    for (let i2 = 0; i2 < this.count; i2++) if (this.isName(i2, name)) return this.attributeValue(i2);
    return void 0;
  };
  // The start tag's attributes by index, valid only during `open`: a handler that wants several
  // reads them in one pass rather than one search per name.
  get attributeCount() {
    return this.count;
  }
  attributeIs(i2, key) {
    return this.isName(i2, key);
  }
  /** Which of `keys` attribute `i` is named (its index there), or -1: one pass over the name's bytes. */
  attributeKey(i2, keys) {
    const kept = this.names[i2];
    if (kept !== void 0) return keys.index.get(kept) ?? -1;
    const list2 = keys.byLength[this.nameLength[i2]];
    if (list2 === void 0) return -1;
    const at = this.nameAt[i2];
    const { buf } = this;
    for (const k of list2) {
      const b = k.bytes;
      if (buf[at] !== b[0]) continue;
      let j = 1;
      while (j < b.length && buf[at + j] === b[j]) j++;
      if (j === b.length) return k.index;
    }
    return -1;
  }
  /**
   * Attribute i's value. `repeated`: a value reports repeat (a class, a file), looked up by its
   * bytes among the last ones decoded, so a repeat is neither decoded nor a new string.
   */
  attributeValue(i2, repeated = false) {
    const kept = this.values[i2];
    if (kept !== void 0) return kept;
    const start = this.starts[i2];
    const end = this.ends[i2];
    if (!repeated || end - start > REMEMBERED_BYTES) return this.valueText(start, end, this.flags[i2]);
    const { buf } = this;
    const n = end - start;
    let hash = 2166136261;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ buf[k], 16777619);
    const slot = (hash ^ hash >>> 15) & REMEMBERED - 1;
    const { ring } = this;
    if (this.slotLength[slot] === n) {
      const at2 = this.slotAt[slot] - start;
      let k = start;
      while (k < end && ring[at2 + k] === buf[k]) k++;
      if (k === end) return this.slotText[slot];
    }
    const text2 = this.valueText(start, end, this.flags[i2]);
    if (this.ringUsed + n > ring.length) {
      this.slotLength.fill(-1);
      this.ringUsed = 0;
    }
    const at = this.ringUsed;
    for (let k = 0; k < n; k++) ring[at + k] = buf[start + k];
    this.ringUsed = at + n;
    this.slotAt[slot] = at;
    this.slotLength[slot] = n;
    this.slotText[slot] = text2;
    return text2;
  }
  /**
   * Attribute i's value as UTF-8 bytes, the same text attributeValue gives (references decoded,
   * tabs and line ends made spaces) but never made a string: a reader that only keeps the bytes
   * (the case store) skips decoding and encoding them again. The span is the scanner's own,
   * valid until the next call or the next chunk.
   */
  valueSpan(i2) {
    const span = this.span;
    const kept = this.values[i2];
    if (kept !== void 0) {
      this.room(kept.length * 3);
      span.bytes = this.scratch;
      span.start = 0;
      span.end = this.scratch.write(kept, 0, "utf8");
    } else if (this.flags[i2] === 0) {
      span.bytes = this.buf;
      span.start = this.starts[i2];
      span.end = this.ends[i2];
    } else this.decodeValue(this.starts[i2], this.ends[i2]);
    return span;
  }
  /** Whether attributes i and j hold the same bytes (jest-junit writes the title as class and name). */
  attributeSame(i2, j) {
    if (this.values[i2] !== void 0 || this.values[j] !== void 0)
      return this.attributeValue(i2) === this.attributeValue(j);
    const a = this.starts[i2];
    const b = this.starts[j];
    const n = this.ends[i2] - a;
    if (this.ends[j] - b !== n) return false;
    const { buf } = this;
    for (let k = 0; k < n; k++) if (buf[a + k] !== buf[b + k]) return false;
    return true;
  }
  /**
   * Attribute i's value when it is a whole number of one to nine digits, without making it
   * text; else undefined (the caller reads the text).
   */
  attributeInteger(i2) {
    if (this.values[i2] !== void 0) return void 0;
    const start = this.starts[i2];
    const end = this.ends[i2];
    if (end === start || end - start > 9) return void 0;
    let n = 0;
    for (let k = start; k < end; k++) {
      const d = this.buf[k] - 48;
      if (d < 0 || d > 9) return void 0;
      n = n * 10 + d;
    }
    return n;
  }
  /**
   * Adds the next chunk of the document: bytes (UTF-8), or text, which is encoded (a surrogate
   * pair a chunk boundary cuts is joined first).
   */
  write(chunk) {
    if (typeof chunk === "string") {
      let text2 = this.highSurrogate + chunk;
      this.highSurrogate = "";
      const last = text2.charCodeAt(text2.length - 1);
      if (last >= 55296 && last <= 56319) {
        this.highSurrogate = text2.slice(-1);
        text2 = text2.slice(0, -1);
      }
      chunk = Buffer.from(text2, "utf8");
    }
    this.writeBytes(chunk);
  }
  writeBytes(chunk) {
    this.shift();
    this.append(chunk);
    const textOnly = this.state === TEXT && this.depth > 0 && this.lastLt() === -1;
    this.mirror = textOnly ? "" : this.buf.toString("latin1", 0, this.len);
    const bad = this.check();
    if (bad !== -1) {
      this.len = bad;
      this.mirror = this.buf.toString("latin1", 0, bad);
      this.run();
      const code = this.buf[bad] < 128 ? this.buf[bad] : this.buf[bad + 2] === 190 ? 65534 : 65535;
      this.fail(`a character XML does not allow (U+${code.toString(16).toUpperCase().padStart(4, "0")})`, bad);
    }
    if (textOnly) this.plainText();
    else this.run();
  }
  /** The last "<" in the data, or -1 (a native search from the end, where most chunks have one). */
  lastLt() {
    return this.buf.subarray(0, this.len).lastIndexOf(LT);
  }
  /**
   * Value bytes [start, end) into `scratch` as valueText would read them: each reference (all
   * checked already) as its character's UTF-8, a CRLF, CR, LF or tab as one space. Never longer
   * than the value: a reference is at least as long as the bytes of its character.
   */
  decodeValue(start, end) {
    this.room(end - start);
    const { buf, scratch: out } = this;
    let o = 0;
    for (let k = start; k < end; k++) {
      const c = buf[k];
      if (c === AMP) {
        let semi = k + 2;
        while (buf[semi] !== SEMI) semi++;
        o = this.writeReference(k + 1, semi, o);
        k = semi;
      } else if (c === CR || c === NL || c === TAB) {
        out[o++] = 32;
        if (c === CR && k + 1 < end && buf[k + 1] === NL) k++;
      } else out[o++] = c;
    }
    this.span.bytes = out;
    this.span.start = 0;
    this.span.end = o;
  }
  /**
   * Writes the character of the reference named by bytes [start, semi) (checked already) as
   * UTF-8 into `scratch` at `o`; returns where it ends. The five predefined ones are told by
   * their letters.
   */
  writeReference(start, semi, o) {
    const { buf, scratch: out } = this;
    const c = buf[start];
    if (c !== 35) {
      const n2 = semi - start;
      out[o] = n2 === 2 ? c === 108 ? LT : GT : n2 === 3 ? AMP : c === 113 ? 34 : 39;
      return o + 1;
    }
    const code = this.characterReference(start + 1, semi);
    const n = utf8Length(code);
    for (let b = 0; b < n; b++) out[o + b] = utf8Byte(code, n, b);
    return o + n;
  }
  /** `scratch` with room for `n` bytes. */
  room(n) {
    if (this.scratch.length < n) this.scratch = Buffer.alloc(Math.max(n, this.scratch.length * 2));
  }
  /** Checks that the document is complete; throws an XmlError otherwise. */
  end() {
    if (this.highSurrogate) {
      const half = this.highSurrogate;
      this.highSurrogate = "";
      this.writeBytes(Buffer.from(half, "utf8"));
    }
    this.mirror = this.buf.toString("latin1", 0, this.len);
    this.run();
    const at = this.len;
    if (this.state !== TEXT) this.fail(`unexpected end of file inside ${STATES[this.state]}`, at);
    if (this.pos < at && this.buf[this.pos] === AMP)
      this.fail("unexpected end of file inside an entity reference", this.pos);
    if (this.depth > 0) this.fail(`unexpected end of file: <${this.stack[this.depth - 1]}> is not closed`, at);
  }
  /** Where the scanner is: 1-based line and column. */
  position(at = this.pos) {
    const { buf } = this;
    let line = this.lines + 1;
    let last = -1;
    for (let i2 = 0; i2 < at; i2++)
      if (buf[i2] === NL) {
        line++;
        last = i2;
      }
    return { line, column: (last === -1 ? this.column0 + units(buf, 0, at) : units(buf, last + 1, at)) + 1 };
  }
  /**
   * The element names the handler compares, given back as these very strings: comparing a name
   * found here is then a pointer compare, and reading it allocates nothing. The scanner itself
   * knows no report format's names.
   */
  knowNames(names) {
    this.known.length = 0;
    for (const name of names) {
      const bytes = Buffer.from(name, "utf8");
      (this.known[bytes.length] ??= []).push({ name, bytes });
    }
  }
  fail(message, at) {
    const { line, column } = this.position(at);
    throw new XmlError(message, line, column);
  }
  /** Copies a chunk after the bytes not read yet, growing the buffer when they do not fit. */
  append(chunk) {
    const need = this.len + chunk.length;
    if (need + 16 > this.buf.length) {
      const grown = Buffer.alloc(Math.max(need + 16, this.buf.length * 2));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
      this.words = new Int32Array(grown.buffer, grown.byteOffset, grown.length >>> 2);
    }
    this.buf.set(chunk, this.len);
    this.len = need;
  }
  /**
   * Checks the bytes added since the last check for characters XML forbids (controls other than
   * tab, LF and CR; U+FFFE and U+FFFF) and counts their newlines. Returns the first bad byte's
   * index, or -1.
   */
  check() {
    const from = this.checked;
    this.buf.fill(32, this.len, this.len + 15 & ~15);
    const found = scanControls(this.buf, this.words, from, this.len);
    let bad = found < 0 ? -1 - found : -1;
    const fffx = this.findNonCharacter(Math.max(0, from - 2), bad === -1 ? this.len : bad);
    if (fffx !== -1) bad = fffx;
    if (bad === -1) this.bufLines += found;
    else for (let k = from; k < bad; k++) if (this.buf[k] === NL) this.bufLines++;
    this.checked = bad === -1 ? this.len : bad;
    return bad;
  }
  /**
   * The first U+FFFE or U+FFFF (EF BF BE, EF BF BF) in [from, end), or -1; one cut at `end`
   * waits. A native search of the bytes: no chunk that is all text has a mirror to search.
   */
  findNonCharacter(from, end) {
    const data = this.buf.subarray(0, this.len);
    for (let k = data.indexOf(FFFX_BYTES, from); k !== -1 && k + 2 < end; k = data.indexOf(FFFX_BYTES, k + 1)) {
      const c = data[k + 2];
      if (c === 190 || c === 191) return k;
    }
    return -1;
  }
  /** Drops what has been read, keeping the line count, so the buffer holds one chunk and a remainder. */
  shift() {
    const { buf, pos, len } = this;
    this.ampFrom = Infinity;
    this.ltFrom = Infinity;
    this.nl.reset();
    this.tab.reset();
    this.cr.reset();
    if (pos === 0) return;
    let restLines = 0;
    for (let k = pos; k < this.checked; k++) if (buf[k] === NL) restLines++;
    this.lines += this.bufLines - restLines;
    this.bufLines = restLines;
    const nl = buf.lastIndexOf(NL, pos - 1);
    this.column0 = nl === -1 ? this.column0 + units(buf, 0, pos) : units(buf, nl + 1, pos);
    this.offset += pos;
    buf.copyWithin(0, pos, len);
    this.len = len - pos;
    this.checked -= pos;
    this.pos = 0;
  }
  /** `byte`'s next index at or after `from` within the data, or -1. */
  /** `byte`'s next index at or after `from`, or -1 (searched in the mirror: see there). */
  find(byte, from) {
    return this.mirror.indexOf(CHAR[byte], from);
  }
  /** The next index of `bytes` (ASCII, as text) at or after `from`, or -1. */
  findBytes(bytes, from) {
    return this.mirror.indexOf(bytes, from);
  }
  nextLt(from) {
    if (from < this.ltFrom || this.ltAt !== -1 && this.ltAt < from) {
      this.ltFrom = from;
      this.ltAt = this.find(LT, from);
    }
    return this.ltAt;
  }
  nextAmp(from) {
    if (from < this.ampFrom || this.ampAt !== -1 && this.ampAt < from) {
      this.ampFrom = from;
      this.ampAt = this.find(AMP, from);
    }
    return this.ampAt;
  }
  run() {
    for (; ; ) {
      let more;
      switch (this.state) {
        case TEXT:
          more = this.text();
          break;
        case MARKUP:
          more = this.markup();
          break;
        case ATTRS:
          more = this.attributes();
          break;
        case VALUE:
          more = this.longValue();
          break;
        case COMMENT:
          more = this.skip(COMMENT_END, 2);
          break;
        case CDATA:
          more = this.cdata();
          break;
        default:
          more = this.skip(PI_END, 1);
      }
      if (!more) return;
    }
  }
  text() {
    const start = this.pos;
    const lt = start < this.len && this.buf[start] === LT ? start : this.nextLt(start);
    const end = lt === -1 ? this.len : lt;
    if (end > start) this.readText(start, this.references(start, end, lt === -1), lt === -1);
    if (lt === -1) return false;
    this.flush();
    this.pos = lt;
    this.state = MARKUP;
    return this.markup();
  }
  /**
   * The text() of a buffer that holds no "<", inside an element: every reference is found by a
   * scan of the buffer's words (ampersands), as no mirror was made for the regular expression or
   * the searches. The text starts at 0: shift() put the bytes not read yet there.
   */
  plainText() {
    this.readText(this.pos, this.wordReferences(this.len), true);
  }
  /**
   * Text [start, stop) has been checked: it is kept when wanted, and reading goes on after it.
   * `open`: the buffer's end cut the text, so a character or a CRLF it cuts waits for the rest.
   */
  readText(start, stop, open5) {
    if (this.depth === 0) this.outsideRoot(start, stop);
    else if (this.wantText && stop > start) {
      if (open5) stop = this.wholeChars(stop);
      if (open5 && stop > start && this.buf[stop - 1] === CR) stop--;
      this.appendText(start, stop, true);
    }
    this.pos = stop;
  }
  /**
   * references() for the text [0, end) that the buffer's end cuts, with no mirror: each word
   * (four bytes; check() made the bytes past the data spaces) is tested for an "&" at once, and
   * only the ampersands found are read. Returns where the text is complete.
   */
  wordReferences(end) {
    const { buf, words } = this;
    for (let w = 0, last = end + 3 >>> 2; w < last; w++) {
      let found = zeroBytes(words[w] ^ AMPS);
      while (found !== 0) {
        const bit = 31 - Math.clz32(found & -found);
        found &= found - 1;
        const a = w * 4 + (LITTLE_ENDIAN ? bit >>> 3 : 3 - (bit >>> 3));
        const c = buf[a + 1];
        if (a + 4 < end && buf[a + 2] === (c === 97 ? 109 : 116)) {
          if ((c === 108 || c === 103) && buf[a + 3] === SEMI) continue;
          if (c === 97 && buf[a + 3] === 112 && buf[a + 4] === SEMI) continue;
        }
        const cut = this.reference(a, end, true);
        if (cut !== -1) return cut;
      }
    }
    return end;
  }
  /** Outside the root element only whitespace may stand. */
  outsideRoot(start, stop) {
    for (let k = start; k < stop; k++)
      if (!isSpace(this.buf[k]))
        this.fail(this.rootDone ? "text after the root element" : "text before the root element", k);
  }
  /** `end`, or where a character that `end` cuts starts (its other bytes are still to come). */
  wholeChars(end) {
    const { buf } = this;
    for (let k = end - 1; k >= 0 && k >= end - 3; k--) {
      const c = buf[k];
      if (c < 128) return end;
      if (c >= 192) return charEnd(k, c) > end ? k : end;
    }
    return end;
  }
  /** Adds the bytes [start, stop) to the text node, capped, with line ends normalised (and references decoded in text, not CDATA). */
  appendText(start, stop, references) {
    this.pendingText = true;
    if (this.pendingBytes >= TEXT_CAP || stop <= start) return;
    let end = Math.min(stop, start + TEXT_CAP - this.pendingBytes);
    if (end < stop) {
      end = this.wholeChars(end);
      const a = references ? this.buf.lastIndexOf(AMP, end - 1) : -1;
      if (a >= start && this.buf.indexOf(SEMI, a) >= end) end = a;
    }
    let raw = utf8(this.buf, start, end);
    if (raw.indexOf("\r") !== -1) raw = raw.replace(/\r\n?/g, "\n");
    this.pending += references ? decodeReferences(raw) : raw;
    this.pendingBytes = end < stop ? TEXT_CAP : this.pendingBytes + end - start;
  }
  /** Hands the text node read so far to the handler. */
  flush() {
    if (!this.pendingText) return;
    if (this.wantText) this.handler.text(this.pending);
    this.pending = "";
    this.pendingBytes = 0;
    this.pendingText = false;
  }
  /**
   * Checks the entity references in text [start, end); returns where the text is complete:
   * before a reference the end of the buffer cuts (`open`), else `end`.
   */
  references(start, end, open5) {
    if (end - start >= LONG_TEXT) return this.longReferences(start, end, open5);
    for (let a = this.nextAmp(start); a !== -1 && a < end; a = this.nextAmp(a + 1)) {
      const cut = this.reference(a, end, open5);
      if (cut !== -1) return cut;
    }
    return end;
  }
  /**
   * The same over a long stretch of text (a log a test dumped, with a reference on every line):
   * one pass of a regular expression over its bytes as Latin-1 finds the references that are
   * not one of the five predefined ones, and only those are looked at one by one.
   */
  longReferences(start, end, open5) {
    const text2 = this.mirror.slice(start, end);
    OTHER_REFERENCE.lastIndex = 0;
    for (let m = OTHER_REFERENCE.exec(text2); m !== null; m = OTHER_REFERENCE.exec(text2)) {
      const cut = this.reference(start + m.index, end, open5);
      if (cut !== -1) return cut;
    }
    return end;
  }
  /** Checks the reference at `a` in text ending at `end`; returns -1, or `a` when the buffer's end cuts it. */
  reference(a, end, open5) {
    const limit = Math.min(this.len, a + ENTITY_CAP + 1);
    let semi = a + 1;
    while (semi < limit && this.buf[semi] !== SEMI) semi++;
    if (semi === limit || semi >= end) {
      const cut = semi === this.len && semi - a <= ENTITY_CAP;
      if (open5 && cut && end - a <= ENTITY_CAP) return a;
      const long = end - a > ENTITY_CAP && semi === limit;
      this.fail(
        long ? `an entity reference longer than ${ENTITY_CAP} characters` : 'an entity reference without its closing ";"',
        a
      );
    }
    this.checkEntity(a + 1, semi, a);
    return -1;
  }
  /** Checks the entity reference named by the bytes [start, end) (between & and ;). */
  checkEntity(start, end, at) {
    const { buf } = this;
    const n = end - start;
    const c = buf[start];
    if (n === 2 && (c === 108 || c === 103) && buf[start + 1] === 116) return;
    if (n === 3 && c === 97 && buf[start + 1] === 109 && buf[start + 2] === 112) return;
    if (n === 4 && this.sameAs(start, c === 113 ? "quot" : "apos")) return;
    if (c === 35) {
      const code = this.characterReference(start + 1, end);
      const legal = code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
      if (code >= 0 && !legal)
        this.fail(`a character reference to a character XML does not allow (&${utf8(buf, start, end)};)`, at);
      if (code >= 0) return;
    }
    const name = utf8(buf, start, end);
    this.fail(
      /^[A-Za-z_:][\w.:-]*$/.test(name) ? `undefined entity &${name}; (a test report declares none)` : `an invalid entity reference &${name};`,
      at
    );
  }
  /** The code of `#x1F600` or `#233` (bytes after the #), or -1 when it is not one. */
  characterReference(start, end) {
    const { buf } = this;
    const hex = buf[start] === 120;
    const from = hex ? start + 1 : start;
    if (end === from || end - from > (hex ? 6 : 7)) return -1;
    let code = 0;
    for (let k = from; k < end; k++) {
      const c = buf[k];
      let digit = c >= 48 && c <= 57 ? c - 48 : -1;
      if (hex && digit === -1) digit = c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (digit === -1) return -1;
      code = code * (hex ? 16 : 10) + digit;
    }
    return code;
  }
  /** At `<`: decides what the markup is, or waits for the bytes that decide it. */
  markup() {
    const { buf, pos: p } = this;
    const left = this.len - p;
    if (left < 2) return false;
    const c = buf[p + 1];
    if (c === SLASH) return this.endTag(p);
    if (c === BANG) return this.declaration(p, left);
    if (c === QUESTION) return this.instruction(p, left);
    const { len } = this;
    let q = p + 1;
    while (q < len && nameByte(buf[q])) q++;
    if (q === len) {
      if (left > NAME_CAP) this.fail(`a tag name longer than ${NAME_CAP} characters`, p);
      return false;
    }
    if (q === p + 1 || NAME[c] !== 1)
      this.fail(`a character not allowed at the start of a tag name: ${JSON.stringify(this.charAt(p + 1))}`, p + 1);
    if (this.depth === 0 && this.rootDone) this.fail("a second root element (a report has one)", p);
    this.tagName = this.name(p + 1, q);
    this.tagBytes = this.nameBytes;
    this.count = 0;
    this.nameBits = 0;
    this.spaced = false;
    this.enter(ATTRS, q);
    return this.attributes();
  }
  /** `<?`: a processing instruction, which may not be an XML declaration past the file's start. */
  instruction(p, left) {
    const { buf } = this;
    if (left < 6 && this.findBytes(PI_END, p + 2) === -1) return false;
    const x2 = (k, ch) => (buf[p + k] | 32) === ch;
    const declaration = left >= 6 && x2(2, 120) && x2(3, 109) && x2(4, 108) && (isSpace(buf[p + 5]) || buf[p + 5] === QUESTION);
    if (declaration && this.offset + p !== 0)
      this.fail("an XML declaration is only allowed at the very start of the file", p);
    return this.enter(PI, p + 2);
  }
  /** `<!`: a comment, a CDATA section, or a DOCTYPE (refused). */
  declaration(p, left) {
    if (left >= 9 && this.buf[p + 2] === 91 && this.sameBytes(p, CDATA_START)) {
      if (this.depth === 0) this.fail("a CDATA section outside the root element", p);
      return this.enter(CDATA, p + 9);
    }
    if (left >= 4 && this.buf[p + 2] === 45 && this.buf[p + 3] === 45) return this.enter(COMMENT, p + 4);
    const head2 = this.buf.toString("latin1", p, Math.min(this.len, p + 9));
    if (head2 === "<!DOCTYPE")
      this.fail("a DOCTYPE is not allowed in a test report (its entities are never expanded)", p);
    if (left < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((m) => m.startsWith(head2))) return false;
    this.fail(`unexpected markup ${JSON.stringify(utf8(this.buf, p, Math.min(this.len, p + 9)))}`, p);
  }
  /** The character whose bytes start at `at`, as text (for messages). */
  charAt(at) {
    return utf8(this.buf, at, Math.min(this.len, charEnd(at, this.buf[at])));
  }
  /** The name in [start, end): a known name's own string (`nameBytes` its bytes), else the decoded bytes. */
  name(start, end) {
    const known = this.known[end - start];
    if (known) {
      for (const k of known)
        if (this.sameBytes(start, k.bytes)) {
          this.nameBytes = k.bytes;
          return k.name;
        }
    }
    this.nameBytes = void 0;
    return utf8(this.buf, start, end);
  }
  /** Whether the buffer holds `bytes` at `p` (the caller knows they fit); the last byte first. */
  sameBytes(p, bytes) {
    const { buf } = this;
    const n = bytes.length;
    if (buf[p + n - 1] !== bytes[n - 1]) return false;
    for (let k = 0; k < n - 1; k++) if (buf[p + k] !== bytes[k]) return false;
    return true;
  }
  /** Whether the buffer holds the ASCII `text` at `p`; the last character first (case1, case2...). */
  sameAs(p, text2) {
    const { buf } = this;
    const n = text2.length;
    if (n === 0) return true;
    if (buf[p + n - 1] !== text2.charCodeAt(n - 1)) return false;
    for (let k = 0; k < n - 1; k++) if (buf[p + k] !== text2.charCodeAt(k)) return false;
    return true;
  }
  enter(state, pos) {
    this.state = state;
    this.pos = pos;
    return true;
  }
  endTag(p) {
    if (this.closesOpen(p)) return true;
    const { buf } = this;
    const gt = this.find(GT, p + 2);
    if (gt === -1) {
      if (this.len - p > NAME_CAP) this.fail(`an end tag longer than ${NAME_CAP} characters`, p);
      return false;
    }
    let e = p + 2;
    while (e < gt && nameByte(buf[e])) e++;
    const name = this.name(p + 2, e);
    for (let s = e; s < gt; s++)
      if (!isSpace(buf[s]))
        this.fail(`an end tag with something other than a name in it: ${JSON.stringify(utf8(buf, p, gt + 1))}`, s);
    if (this.depth === 0) this.fail(`an end tag </${name}> with no element open`, p);
    const open5 = this.stack[this.depth - 1];
    if (open5 !== name) this.fail(`the end tag </${name}> does not match the open element <${open5}>`, p);
    return this.closeOpen(gt + 1);
  }
  /**
   * The end tag most are: `</`, the open element's known name, `>`, told by comparing bytes
   * with the name's (no search, no lookup). The open name's bytes passed the name check when its
   * start tag was read, so a `>` right after them is exactly where endTag's checks would end.
   */
  closesOpen(p) {
    if (this.depth === 0) return false;
    const bytes = this.stackBytes[this.depth - 1];
    if (bytes === void 0) return false;
    const gt = p + 2 + bytes.length;
    if (gt >= this.len || this.buf[gt] !== GT || !this.sameBytes(p + 2, bytes)) return false;
    return this.closeOpen(gt + 1);
  }
  /** Closes the open element; the text goes on at `next`. */
  closeOpen(next) {
    const name = this.stack[--this.depth];
    if (this.depth === 0) this.rootDone = true;
    this.enter(TEXT, next);
    this.handler.close(name);
    return true;
  }
  /** Reads a start tag's attributes from `pos`; waits at an attribute the buffer cuts. */
  attributes() {
    if (this.readAttributes()) return true;
    for (let i2 = 0; i2 < this.count; i2++) {
      this.names[i2] ??= utf8(this.buf, this.nameAt[i2], this.nameAt[i2] + this.nameLength[i2]);
      this.values[i2] ??= this.valueText(this.starts[i2], this.ends[i2], this.flags[i2]);
    }
    return false;
  }
  readAttributes() {
    const { buf, len } = this;
    let p = this.pos;
    for (; ; ) {
      let q = p;
      while (q < len && isSpace(buf[q])) q++;
      if (q > p) this.spaced = true;
      this.pos = q;
      if (q === len) return false;
      const c = buf[q];
      if (c === GT) return this.openTag(q + 1, false);
      if (c === SLASH) {
        if (q + 1 === len) return false;
        if (buf[q + 1] !== GT) this.fail('"/" in a start tag must be followed by ">"', q);
        return this.openTag(q + 2, true);
      }
      if (!this.spaced) this.fail("whitespace is required between attributes", q);
      let e = q;
      while (e < len && nameByte(buf[e])) e++;
      if (e === len) {
        if (len - q > NAME_CAP) this.fail(`an attribute name longer than ${NAME_CAP} characters`, q);
        return false;
      }
      if (e === q || NAME[c] !== 1)
        this.fail(`a character not allowed in a start tag: ${JSON.stringify(this.charAt(q))}`, q);
      let r = e;
      while (r < len && isSpace(buf[r])) r++;
      if (r === len) return false;
      if (buf[r] !== EQUALS) this.fail(`the attribute ${utf8(buf, q, e)} has no value`, r);
      r++;
      while (r < len && isSpace(buf[r])) r++;
      if (r === len) return false;
      const quote = buf[r];
      if (quote !== 34 && quote !== 39) this.fail(`the value of the attribute ${utf8(buf, q, e)} is not quoted`, r);
      const ve = this.value(r + 1, quote);
      if (ve === -1) return this.longOrWait(q, e, r + 1, quote);
      this.add(void 0, q, e, void 0, r + 1, ve, this.valueFlags);
      p = ve + 1;
      this.spaced = false;
    }
  }
  /**
   * Finds an attribute value's closing `quote` from `vs` (a native search: most values are never
   * looked at byte by byte), checking that the value holds no `<` and only valid references;
   * returns the quote's index, or -1 when the buffer ends first. `valueFlags` says whether it
   * holds a reference.
   */
  value(vs, quote) {
    const ve = this.find(quote, vs);
    const lt = this.nextLt(vs);
    if (lt !== -1 && (ve === -1 || lt < ve)) this.fail('"<" in an attribute value', lt);
    if (ve === -1) return -1;
    const amp = this.nextAmp(vs);
    this.valueFlags = amp !== -1 && amp < ve ? VALUE_AMP : 0;
    if (this.valueFlags !== 0) this.valueReferences(amp, ve);
    if (this.nl.before(this.mirror, vs, ve) || this.tab.before(this.mirror, vs, ve) || this.cr.before(this.mirror, vs, ve))
      this.valueFlags |= VALUE_SPACE;
    return ve;
  }
  /** Checks the references in a value from the first, at `amp`, to the value's end. */
  valueReferences(amp, end) {
    for (let a = amp; a !== -1 && a < end; a = this.nextAmp(a + 1)) {
      const limit = Math.min(end, a + ENTITY_CAP + 1);
      let semi = a + 1;
      while (semi < limit && this.buf[semi] !== SEMI) semi++;
      if (semi === limit) this.fail('an entity reference without its closing ";"', a);
      this.checkEntity(a + 1, semi, a);
    }
  }
  /** The buffer ends inside a value: wait for more, or keep the head of a value past the cap and skip the rest. */
  longOrWait(q, e, vs, quote) {
    if (this.len - vs <= TEXT_CAP) return false;
    this.attrName = utf8(this.buf, q, e);
    this.quote = quote;
    const end = this.wholeChars(vs + TEXT_CAP);
    const a = this.buf.lastIndexOf(AMP, end - 1);
    const cut = a >= vs && this.buf.indexOf(SEMI, a) >= end ? a : end;
    const amp = this.nextAmp(vs);
    if (amp !== -1 && amp < cut) this.valueReferences(amp, cut);
    this.valueHead = this.valueText(vs, cut, VALUE_AMP | VALUE_SPACE);
    return this.enter(VALUE, this.len) && false;
  }
  /** A value's bytes as text: line ends and tabs become spaces, references what they stand for. */
  valueText(start, end, flags) {
    let value = utf8(this.buf, start, end);
    if (flags & VALUE_SPACE) value = value.replace(/\r\n?|[\n\t]/g, " ");
    if (flags & VALUE_AMP) value = decodeReferences(value);
    return value;
  }
  isName(i2, key) {
    if (this.nameLength[i2] !== key.length) return false;
    const kept = this.names[i2];
    if (kept !== void 0) return kept === key;
    return this.sameAs(this.nameAt[i2], key);
  }
  sameName(i2, q, length) {
    const { buf } = this;
    const at = this.nameAt[i2];
    for (let k = 0; k < length; k++) if (buf[at + k] !== buf[q + k]) return false;
    return true;
  }
  /** Adds an attribute: its name (text, or the buffer's [q, e)) and value (text, or the buffer's [start, end)). */
  add(name, q, e, value, start, end, flags) {
    const n = this.count;
    if (n === ATTRIBUTE_CAP) this.fail(`more than ${ATTRIBUTE_CAP} attributes on <${this.tagName}>`, q);
    const length = name !== void 0 ? Buffer.byteLength(name) : e - q;
    const bit = name !== void 0 ? -1 : 1 << (length + this.buf[q] + 3 * this.buf[e - 1] & 31);
    if ((this.nameBits & bit) !== 0) this.noDuplicate(n, name, q, e, length);
    this.nameBits |= bit;
    this.names[n] = name;
    this.nameAt[n] = q;
    this.nameLength[n] = length;
    this.values[n] = value;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
    this.count = n + 1;
  }
  /** Fails when one of the first n attributes has the name being added (text, or the buffer's [q, e)). */
  noDuplicate(n, name, q, e, length) {
    for (let i2 = 0; i2 < n; i2++) {
      if (this.nameLength[i2] !== length) continue;
      const kept = this.names[i2];
      const same = name !== void 0 ? (kept ?? utf8(this.buf, this.nameAt[i2], this.nameAt[i2] + length)) === name : kept !== void 0 ? kept === utf8(this.buf, q, e) : this.sameName(i2, q, length);
      if (same) this.fail(`duplicate attribute ${name ?? utf8(this.buf, q, e)} on <${this.tagName}>`, q);
    }
  }
  openTag(end, empty) {
    const name = this.tagName;
    this.enter(TEXT, end);
    this.stack[this.depth] = name;
    this.stackBytes[this.depth++] = this.tagBytes;
    this.handler.open(name, this.attribute);
    if (empty) this.closeOpen(end);
    return true;
  }
  /** Inside an attribute value past the cap: skips to its closing quote. */
  longValue() {
    const q = this.find(this.quote, this.pos);
    const lt = this.find(LT, this.pos);
    if (lt !== -1 && (q === -1 || lt < q)) this.fail('"<" in an attribute value', lt);
    if (q === -1) {
      this.pos = this.len;
      return false;
    }
    this.add(this.attrName, q, q, this.valueHead, 0, 0, 0);
    this.valueHead = "";
    this.spaced = false;
    return this.enter(ATTRS, q + 1);
  }
  /** Skips a comment or processing instruction to `close`, keeping the bytes a chunk may cut. */
  skip(close, keep) {
    const e = this.findBytes(close, this.pos);
    if (e === -1) {
      this.pos = Math.max(this.pos, this.len - keep);
      return false;
    }
    return this.enter(TEXT, e + close.length);
  }
  cdata() {
    const { pos } = this;
    const e = this.findBytes(CDATA_END, pos);
    let stop = e === -1 ? Math.max(pos, this.len - 2) : e;
    if (e === -1 && this.wantText) {
      stop = Math.max(pos, this.wholeChars(stop));
      if (stop > pos && this.buf[stop - 1] === CR) stop--;
    }
    if (this.wantText) this.appendText(pos, stop, false);
    this.pos = stop;
    if (e === -1) return false;
    this.flush();
    return this.enter(TEXT, e + 3);
  }
};

// src/gates/readers/dialect.ts
var num = (v) => v !== void 0 && v !== "" && Number.isFinite(Number(v)) ? Number(v) : void 0;

// src/gates/readers/junit.ts
function junitDialect() {
  return {
    format: "junit",
    elements: [
      "testsuites",
      "testsuite",
      "testcase",
      "failure",
      "error",
      "skipped",
      "warning",
      "system-out",
      "system-err",
      "properties",
      "property",
      "flakyFailure",
      "flakyError",
      "rerunFailure",
      "rerunError",
      "stackTrace"
    ],
    testCase: "testcase",
    suites: ["testsuite"],
    collectors: ["failure", "error"],
    open
  };
}
function open(r, name, a) {
  if (name === "testsuites") {
    if (r.suiteDepth === 0) r.rootSkipped = num(a("skipped"));
  } else if (name === "testsuite") {
    openTestsuite(r, r.xml);
  } else if (name === "testcase") {
    openTestcase(r, r.xml);
  } else if (r.current) {
    child(r, name, a);
  }
}
function child(r, name, a) {
  const c = r.current;
  if (name === "error" || name === "failure") {
    const owns = name === "error" ? !c.error : !c.error && !c.failure;
    if (name === "error") c.error = true;
    else c.failure = true;
    if (owns) {
      c.message = (a("message") ?? "").slice(0, MESSAGE_CAP);
      r.collect();
    }
  } else if (name === "skipped") {
    c.skipped = true;
  } else if (name === "flakyFailure" || name === "flakyError") {
    c.flaky = true;
  } else if (name === "warning") {
    c.warning = true;
  }
}
function openTestcase(r, x2) {
  const at = TESTCASE_AT.fill(-1);
  for (let i2 = 0, n = x2.attributeCount; i2 < n; i2++) {
    const k = x2.attributeKey(i2, TESTCASE_KEYS);
    if (k !== -1) at[k] = i2;
  }
  const statusAt = at[STATUS] !== -1 ? at[STATUS] : at[RESULT];
  const said = statusAt === -1 ? "" : x2.attributeValue(statusAt, true).toLowerCase();
  const lineAt = at[LINE] !== -1 ? at[LINE] : at[LINENO];
  const line = lineAt === -1 ? void 0 : x2.attributeInteger(lineAt) ?? num(x2.attributeValue(lineAt));
  const classAt = at[CLASSNAME] !== -1 ? at[CLASSNAME] : at[CLASS];
  const fileAt = at[FILE] !== -1 ? at[FILE] : at[FILEPATH];
  const skipped = said === "disabled" || said === "notrun" || said === "skipped" || said === "skip";
  r.openCaseAt(at[NAME2], classAt, fileAt, line, skipped);
}
function openTestsuite(r, x2) {
  const at = SUITE_AT.fill(-1);
  for (let i2 = 0, n = x2.attributeCount; i2 < n; i2++) {
    const k = x2.attributeKey(i2, SUITE_KEYS);
    if (k !== -1) at[k] = i2;
  }
  const declared = DECLARED;
  declared.tests = count(x2, at[S_TESTS]);
  declared.failures = count(x2, at[S_FAILURES]);
  declared.errors = count(x2, at[S_ERRORS]);
  declared.skipped = count(x2, at[S_SKIPPED] !== -1 ? at[S_SKIPPED] : at[S_SKIPS]);
  declared.disabled = count(x2, at[S_DISABLED]);
  const fileAt = at[S_FILE] !== -1 ? at[S_FILE] : at[S_FILEPATH];
  r.openSuite(
    at[S_NAME] === -1 ? "" : x2.attributeValue(at[S_NAME], true),
    fileAt === -1 ? void 0 : x2.attributeValue(fileAt, true),
    declared
  );
}
var count = (x2, i2) => i2 === -1 ? void 0 : x2.attributeInteger(i2) ?? num(x2.attributeValue(i2));
var SUITE_KEYS = new KeySet([
  "name",
  "file",
  "filepath",
  "tests",
  "failures",
  "errors",
  "skipped",
  "skips",
  "disabled"
]);
var [S_NAME, S_FILE, S_FILEPATH, S_TESTS, S_FAILURES, S_ERRORS, S_SKIPPED, S_SKIPS, S_DISABLED] = [
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8
];
var SUITE_AT = new Int32Array(SUITE_KEYS.keys.length);
var DECLARED = {};
var TESTCASE_KEYS = new KeySet([
  "name",
  "classname",
  "class",
  "status",
  "result",
  "file",
  "filepath",
  "line",
  "lineno"
]);
var [NAME2, CLASSNAME, CLASS, STATUS, RESULT, FILE, FILEPATH, LINE, LINENO] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
var TESTCASE_AT = new Int32Array(TESTCASE_KEYS.keys.length);

// src/gates/readers/nunit.ts
var OUTCOMES3 = {
  success: "passed",
  passed: "passed",
  warning: "passed",
  failure: "failed",
  failed: "failed",
  error: "errored",
  cancelled: "skipped",
  notrunnable: "skipped",
  ignored: "skipped",
  inconclusive: "skipped",
  skipped: "skipped",
  explicit: "skipped"
};
function nunitDialect() {
  return {
    format: "nunit",
    elements: [
      "test-run",
      "test-results",
      "test-suite",
      "test-case",
      "failure",
      "message",
      "stack-trace",
      "reason",
      "output",
      "properties",
      "property"
    ],
    testCase: "test-case",
    suites: ["test-suite"],
    collectors: ["failure", "message", "stack-trace"],
    open: open2
  };
}
function open2(r, name, a) {
  if (name === "test-suite") r.openSuite(a("name") ?? "");
  else if (name === "test-case") openCase(r, a);
  else if (r.current && (name === "failure" || name === "message" || name === "stack-trace")) {
    if (name === "failure") r.current.failure = true;
    r.collect();
  }
}
function openCase(r, a) {
  const success = (a("success") ?? "").toLowerCase();
  const result = (a("result") ?? (success === "true" ? "success" : success === "false" ? "failure" : "")).toLowerCase();
  let outcome = result ? Object.hasOwn(OUTCOMES3, result) ? OUTCOMES3[result] : "skipped" : void 0;
  if ((a("executed") ?? "").toLowerCase() === "false" && outcome !== "failed" && outcome !== "errored")
    outcome = "skipped";
  const full = a("fullname") ?? a("name") ?? "";
  const classname = a("classname") ?? (full.includes(".") ? full.slice(0, full.lastIndexOf(".")) : "");
  r.openCase(classname, a("name") ?? full, outcome);
}

// src/gates/readers/trx.ts
var OUTCOMES4 = {
  passed: "passed",
  passedbutrunaborted: "passed",
  warning: "passed",
  failed: "failed",
  error: "errored",
  timeout: "errored",
  aborted: "errored"
};
function trxDialect() {
  const classes = /* @__PURE__ */ new Map();
  const pending = [];
  let unitTest;
  let late;
  return {
    format: "trx",
    elements: [
      "TestRun",
      "Results",
      "UnitTestResult",
      "TestDefinitions",
      "UnitTest",
      "TestMethod",
      "Execution",
      "Output",
      "ErrorInfo",
      "Message",
      "StackTrace",
      "StdOut"
    ],
    testCase: "UnitTestResult",
    suites: [],
    collectors: ["ErrorInfo"],
    open(r, name, a) {
      if (name === "UnitTest") unitTest = a("id");
      else if (name === "TestMethod" && unitTest && a("className")) classes.set(unitTest, r.intern(a("className")));
      else if (name === "UnitTestResult") {
        const said = (a("outcome") ?? "").toLowerCase();
        const outcome = Object.hasOwn(OUTCOMES4, said) ? OUTCOMES4[said] : "skipped";
        const id = a("testId") ?? "";
        const classname = classes.get(id);
        late = classname === void 0 && id ? id : void 0;
        r.openCase(classname ?? "", a("testName") ?? "", outcome);
      } else if (r.current && name === "ErrorInfo") r.collect();
    },
    close(_r, name) {
      if (name === "UnitTest") unitTest = void 0;
    },
    caseDone(_r, index) {
      if (late) pending.push([index, late]);
      late = void 0;
    },
    end(r) {
      for (const [index, id] of pending) r.setClassname(index, classes.get(id) ?? "");
    }
  };
}

// src/gates/readers/xunit.ts
var OUTCOMES5 = { pass: "passed", fail: "failed", skip: "skipped", notrun: "skipped" };
function xunitDialect() {
  return {
    format: "xunit",
    elements: [
      "assemblies",
      "assembly",
      "collection",
      "class",
      "test",
      "failure",
      "message",
      "stack-trace",
      "reason",
      "output",
      "traits",
      "trait",
      "errors"
    ],
    testCase: "test",
    suites: ["assembly", "collection", "class"],
    collectors: ["failure"],
    open: open3
  };
}
function open3(r, name, a) {
  if (name === "assembly" || name === "collection" || name === "class") r.openSuite(a("name") ?? "");
  else if (name === "test") {
    const result = (a("result") ?? "").toLowerCase();
    const outcome = Object.hasOwn(OUTCOMES5, result) ? OUTCOMES5[result] : "skipped";
    r.openCase(a("type") ?? "", a("name") ?? a("method") ?? "", outcome);
  } else if (r.current && name === "failure") r.collect();
}

// src/gates/readers/parser.ts
var ROOTS = {
  testsuites: junitDialect,
  testsuite: junitDialect,
  "test-results": nunitDialect,
  "test-run": nunitDialect,
  "test-suite": nunitDialect,
  assemblies: xunitDialect,
  assembly: xunitDialect,
  TestRun: trxDialect
};
function copyCounts(to, from) {
  to.tests = from.tests;
  to.passed = from.passed;
  to.failed = from.failed;
  to.errored = from.errored;
  to.skipped = from.skipped;
  to.flaky = from.flaky;
  to.suiteErrors = from.suiteErrors;
}
function newFrame() {
  return {
    name: "",
    file: void 0,
    declares: false,
    declared: { tests: void 0, failures: void 0, errors: void 0, skipped: void 0, disabled: void 0 },
    index: -1,
    fileIndex: -1,
    before: emptyTotals(),
    marksBefore: { error: 0, failure: 0, skipped: 0, warning: 0 },
    unlistedBefore: 0
  };
}
var XmlReportParser = class {
  constructor(path) {
    this.path = path;
    this.report = { path, format: "junit", totals: emptyTotals(), cases: this.cases, suiteErrors: [], warnings: [] };
  }
  path;
  xml = new XmlScanner({
    open: (name, attributes) => this.open(name, attributes),
    close: (name) => this.close(name),
    text: (text2) => this.text(text2)
  });
  report;
  cases = new CaseList();
  /** The open suites are frames[0, depth): see SuiteFrame. */
  frames = [];
  depth = 0;
  current;
  frame = {
    suite: 0,
    classname: 0,
    file: NO_FILE,
    line: void 0,
    outcome: void 0,
    error: false,
    failure: false,
    skipped: false,
    flaky: false,
    warning: false,
    message: ""
  };
  /** The case as stored: one object, refilled for each case. */
  done = newKeptCase();
  marks = { error: 0, failure: 0, skipped: 0, warning: 0 };
  /** Tests a suite declares beyond the cases it lists (mocha-junit-reporter leaves pending tests out). */
  unlisted = 0;
  unlistedSaid;
  rootSkipped;
  collecting = 0;
  textBudget = REPORT_TEXT_BUDGET;
  dialect;
  failure;
  /** The first suite whose attributes disagree with its cases, said once per file. */
  disagreement;
  strings = /* @__PURE__ */ new Map();
  lastInterned = "";
  /** The next chunk: UTF-8 bytes, or text (see XmlScanner.write). */
  write(chunk) {
    this.scan(() => this.xml.write(chunk));
  }
  end() {
    this.scan(() => this.xml.end());
    if (!this.dialect) throw new ReportError(`${this.path}: no XML element found (an empty or truncated file)`);
    this.dialect.end?.(this);
    if (this.unlisted && this.rootSkipped !== this.report.totals.skipped + this.unlisted)
      this.disagreement ??= this.unlistedSaid;
    if (this.disagreement)
      this.report.warnings.push(
        `${this.path}: suite attributes disagree with the test cases (${this.disagreement}); the test cases are counted`
      );
    return this.report;
  }
  get caseCount() {
    return this.cases.length;
  }
  get suiteDepth() {
    return this.depth;
  }
  setClassname(index, classname) {
    this.cases.setClassname(index, classname);
  }
  intern(text2) {
    if (text2 === this.lastInterned) return this.lastInterned;
    let kept = this.strings.get(text2);
    if (kept === void 0) {
      kept = detach(text2);
      if (this.strings.size < 1e5) this.strings.set(kept, kept);
    }
    this.lastInterned = kept;
    return kept;
  }
  openCase(classname, name, outcome, file, line, skipped = false) {
    const c = this.begin(outcome, line, skipped);
    const { cases } = this;
    cases.keepName(name);
    c.classname = classname === name && name !== "" ? SAME_AS_NAME : cases.index(classname);
    c.file = file ? cases.index(file) : NO_FILE;
  }
  openCaseAt(nameAt, classAt, fileAt, line, skipped) {
    const c = this.begin(void 0, line, skipped);
    const { cases, xml } = this;
    if (nameAt === -1) cases.keepName("");
    else cases.keepNameBytes(xml.valueSpan(nameAt));
    if (classAt === -1) c.classname = cases.index("");
    else if (nameAt !== -1 && xml.attributeSame(classAt, nameAt)) c.classname = SAME_AS_NAME;
    else c.classname = this.valueIndex(classAt);
    c.file = fileAt === -1 ? this.suiteFileIndex() : this.valueIndex(fileAt, NO_FILE);
  }
  /** The string number of attribute i's value, or `empty` when it is empty. */
  valueIndex(i2, empty) {
    const span = this.xml.valueSpan(i2);
    return empty !== void 0 && span.end === span.start ? empty : this.cases.indexBytes(span);
  }
  // One frame, refilled for each test case: this runs hundreds of thousands of times.
  begin(outcome, line, skipped) {
    const c = this.frame;
    c.suite = this.suiteIndex();
    c.line = line;
    c.outcome = outcome;
    c.error = c.failure = c.flaky = c.warning = false;
    c.skipped = skipped;
    c.message = "";
    this.current = c;
    return c;
  }
  /**
   * The innermost suite's node in the case store, made when its first case asks, with the nodes
   * of the suites around it that have none yet (top down, no recursion: suites may nest deep).
   * A suite without cases costs no node, and no path is ever built while reading.
   */
  suiteIndex() {
    const { frames } = this;
    const last = this.depth - 1;
    if (last === -1) return NO_SUITE;
    if (frames[last].index !== -1) return frames[last].index;
    let k = last;
    while (k > 0 && frames[k - 1].index === -1) k--;
    for (; k <= last; k++) {
      const outer = k === 0 ? NO_SUITE : frames[k - 1].index;
      frames[k].index = this.cases.suiteNode(outer, frames[k].name);
    }
    return frames[last].index;
  }
  /** The file the innermost suite names, as a string number (NO_FILE: none), worked out once per suite. */
  suiteFileIndex() {
    if (this.depth === 0) return NO_FILE;
    const top = this.frames[this.depth - 1];
    if (top.fileIndex === -1) top.fileIndex = top.file ? this.cases.index(top.file) : NO_FILE;
    return top.fileIndex;
  }
  openSuite(name, file, declared) {
    const outer = this.depth > 0 ? this.frames[this.depth - 1] : void 0;
    if (this.depth === this.frames.length) this.frames.push(newFrame());
    const f = this.frames[this.depth++];
    f.name = name;
    f.file = (file ?? outer?.file) || void 0;
    f.index = f.fileIndex = -1;
    f.declares = declared !== void 0;
    const d = f.declared;
    d.tests = declared?.tests;
    d.failures = declared?.failures;
    d.errors = declared?.errors;
    d.skipped = declared?.skipped;
    d.disabled = declared?.disabled;
    copyCounts(f.before, this.report.totals);
    const m = this.marks;
    const mb = f.marksBefore;
    mb.error = m.error;
    mb.failure = m.failure;
    mb.skipped = m.skipped;
    mb.warning = m.warning;
    f.unlistedBefore = this.unlisted;
  }
  collect() {
    if (this.collecting++ === 0) this.xml.wantText = true;
  }
  fail(message, at = this.xml.position()) {
    this.failure ??= new ReportError(`${this.path}:${at.line}:${at.column}: ${message}`);
    throw this.failure;
  }
  /** Runs the scanner, turning its errors into a ReportError naming the file. */
  scan(step) {
    if (this.failure) throw this.failure;
    try {
      step();
    } catch (error) {
      if (error instanceof XmlError) this.fail(error.message, error);
      throw error;
    }
  }
  open(name, a) {
    if (!this.dialect) this.start(name);
    this.dialect.open(this, name, a);
  }
  /** The root element decides the format; the scanner then knows that format's element names. */
  start(root) {
    const make = Object.hasOwn(ROOTS, root) ? ROOTS[root] : void 0;
    if (!make)
      this.fail(
        `not a test report: the root element is <${root}>, expected <testsuites> or <testsuite> (JUnit), <test-run>/<test-results> (NUnit), <assemblies> (xUnit.net) or <TestRun> (TRX)`
      );
    this.dialect = make();
    this.report.format = this.dialect.format;
    this.xml.knowNames(this.dialect.elements);
  }
  text(text2) {
    const c = this.current;
    if (!c) return;
    const cap = this.textBudget > 0 ? MESSAGE_CAP : 256;
    if (c.message.length < cap) c.message = (c.message ? `${c.message}
` : "") + text2.trim().slice(0, cap);
  }
  close(name) {
    const d = this.dialect;
    if (this.collecting && d.collectors.includes(name) && --this.collecting === 0) this.xml.wantText = false;
    if (name === d.testCase && this.current) {
      const index = this.finishCase(this.current);
      d.caseDone?.(this, index);
    } else if (this.depth > 0 && d.suites.includes(name)) {
      const s = this.frames[--this.depth];
      if (s.declares) this.checkSuite(s, s.declared);
    }
    d.close?.(this, name);
  }
  /** Stores the case; returns its index. */
  finishCase(c) {
    this.current = void 0;
    this.collecting = 0;
    this.xml.wantText = false;
    const outcome = c.outcome ?? (c.error ? "errored" : c.failure ? "failed" : c.skipped ? "skipped" : "passed");
    const test = this.done;
    test.suite = c.suite;
    test.classname = c.classname;
    test.file = c.file;
    test.outcome = outcome;
    test.flaky = c.flaky && outcome === "passed";
    test.line = c.line || void 0;
    test.message = void 0;
    if (c.message && (outcome === "failed" || outcome === "errored")) {
      test.message = detach(c.message.trim().slice(0, this.textBudget > 0 ? MESSAGE_CAP : 256));
      this.textBudget -= test.message.length;
    }
    const index = this.cases.add(test);
    addCase(this.report.totals, test);
    const m = this.marks;
    if (c.error) m.error++;
    if (c.failure) m.failure++;
    if (c.skipped) m.skipped++;
    if (c.warning) m.warning++;
    return index;
  }
  /**
   * Notes the first suite whose attributes disagree with its cases under every reading its tool
   * may mean. Counts as plain numbers: this runs at every suite's end, and suites may nest deep.
   */
  checkSuite(s, declared) {
    const t = this.report.totals;
    const b = s.before;
    const m = this.marks;
    const mb = s.marksBefore;
    const tests = t.tests - b.tests;
    const failures2 = t.failed - b.failed;
    const errors = t.errored - b.errored;
    const skips = t.skipped - b.skipped;
    const markedErrors = m.error - mb.error;
    const unlistedWithin = this.unlisted - s.unlistedBefore;
    const skipped = declared.skipped ?? declared.disabled;
    const skipAgrees = skipped === void 0 || skips === skipped || m.skipped - mb.skipped === skipped || skips === skipped + (declared.skipped !== void 0 ? declared.disabled ?? 0 : 0);
    const f = declared.failures;
    const failAgrees = f === void 0 || f === failures2 || f === m.failure - mb.failure || f === failures2 + m.warning - mb.warning;
    const e = declared.errors;
    const errorAgrees = e === void 0 || e === errors || e === markedErrors;
    const extra = declared.tests === void 0 ? 0 : declared.tests - tests - unlistedWithin;
    const testsAgree = extra === 0 || Math.abs(extra) <= markedErrors;
    const wrong = !failAgrees ? "failures" : !errorAgrees ? "errors" : !skipAgrees ? "skipped" : testsAgree ? void 0 : "tests";
    if (!wrong) return;
    const said = wrong === "skipped" ? skipped : declared[wrong];
    const listed = { tests, failures: failures2, errors, skipped: skips }[wrong];
    const text2 = () => `suite ${JSON.stringify(s.name)} declares ${wrong}="${said}" but lists ${listed} such case(s)`;
    if (wrong === "tests" && extra > 0) {
      this.unlisted += extra;
      this.unlistedSaid ??= text2();
    } else this.disagreement ??= text2();
  }
};

// src/gates/read.ts
var DEFAULT_MAX_REPORT_BYTES = 200 * 1024 * 1024;
var MAX_JSON_BYTES = 128 * 1024 * 1024;
function detectFormat(head2) {
  const start = head2.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return "xml";
  if (start.startsWith("{")) return "json";
  return void 0;
}
async function readHead(path) {
  const handle = await open4(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function readReport(path, maxBytes = DEFAULT_MAX_REPORT_BYTES) {
  const info = await stat(path).catch(() => void 0);
  if (!info?.isFile()) throw new ReportError(`${path}: no such file`);
  if (info.size > maxBytes)
    throw new ReportError(
      `${path}: ${(info.size / 1048576).toFixed(1)} MB is over the ${+(maxBytes / 1048576).toFixed(1)} MB limit for a report (max-report-size)`
    );
  if (info.size === 0) throw new ReportError(`${path}: the file is empty`);
  const format = detectFormat(await readHead(path));
  if (format === "json") {
    if (info.size > MAX_JSON_BYTES)
      throw new ReportError(`${path}: a JSON report over ${MAX_JSON_BYTES / 1048576} MB is refused`);
    return parseJestJson((await readFile2(path, "utf8")).replace(/^\uFEFF/, ""), path);
  }
  if (format !== "xml")
    throw new ReportError(
      `${path}: not a test report this action reads (expected JUnit, NUnit, xUnit.net or TRX XML, or Jest --json output)`
    );
  return parseXmlFile(path);
}
var CHUNK2 = 64 * 1024;
async function parseXmlFile(path) {
  const fd2 = openSync2(path, "r");
  try {
    return await parseXmlBytes(path, (buffer, offset, length) => readSync(fd2, buffer, offset, length, null), true);
  } finally {
    closeSync2(fd2);
  }
}
var TAIL = 4096;
function tagsEnd(bytes) {
  const gt = bytes.lastIndexOf(62);
  return gt !== -1 && bytes.length - gt - 1 <= TAIL ? gt + 1 : bytes.length;
}
var BOM = Buffer.from([239, 187, 191]);
async function parseXmlBytes(path, read, wholeTags = false) {
  const parser = new XmlReportParser(path);
  const buffer = Buffer.alloc(CHUNK2);
  let held = 0;
  let first = true;
  for (; ; ) {
    const n = await read(buffer, held, CHUNK2 - held);
    if (n === 0) break;
    let bytes = buffer.subarray(0, held + n);
    held = 0;
    if (first) {
      if (bytes.length < 3 && BOM.subarray(0, bytes.length).equals(bytes)) {
        held = bytes.length;
        continue;
      }
      if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
      first = false;
    }
    const cut = wholeTags ? tagsEnd(bytes) : bytes.length;
    parser.write(bytes.subarray(0, cut));
    held = bytes.copy(buffer, 0, cut);
  }
  if (held > 0) parser.write(buffer.subarray(0, held));
  return parser.end();
}

// src/gates/target.ts
var ZERO = /^0+$/;
var GATED_PR_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "ready_for_review"]);
function headOwner(wr) {
  const repo = "head_repository" in wr ? wr.head_repository : void 0;
  const owner = repo && typeof repo === "object" && "owner" in repo ? repo.owner : void 0;
  const login = owner && typeof owner === "object" && "login" in owner ? owner.login : void 0;
  return typeof login === "string" ? login : void 0;
}
async function pullOfRun(ctx, wr) {
  const listed = Array.isArray(wr.pull_requests) ? wr.pull_requests : [];
  const direct = listed.find((p) => p.head?.sha === wr.head_sha) ?? listed[0];
  if (direct?.number) return direct;
  const owner = headOwner(wr);
  const branch = wr.head_branch;
  const params = {
    ...ctx.event.repo,
    state: "open",
    ...owner && branch ? { head: `${owner}:${branch}` } : {}
  };
  const pulls = await ctx.github.paginate(
    "GET /repos/{owner}/{repo}/pulls",
    params,
    (items) => items.some((p) => p.head?.sha === wr.head_sha)
  );
  return pulls.find((p) => p.head?.sha === wr.head_sha);
}
async function currentHead(ctx, number) {
  const pull = await ctx.github.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    ...ctx.event.repo,
    pull_number: number
  });
  return pull.data.head?.sha;
}
async function workflowRunTarget(ctx, defaultBranch) {
  const { payload } = ctx.event;
  const wr = payload.workflow_run;
  if (!wr || payload.action && payload.action !== "completed")
    return { skip: "the workflow run has not completed", onDefaultBranch: false };
  const base = { headSha: wr.head_sha, artifactsOfRun: Number(wr.id) };
  if (wr.event === "pull_request" || wr.event === "pull_request_target") {
    const pr = await pullOfRun(ctx, wr);
    if (!pr) return { ...base, onDefaultBranch: false };
    const current = await currentHead(ctx, pr.number);
    if (current !== wr.head_sha) {
      ctx.log.info(
        `quality gates: run ${wr.id} tested ${String(wr.head_sha).slice(0, 7)}, but #${pr.number} is now at ${current ? current.slice(0, 7) : "an unknown commit"}: no comment on the pull request (the check run stays on its own commit)`
      );
      return { ...base, ...pr.base?.sha ? { baseSha: pr.base.sha } : {}, onDefaultBranch: false };
    }
    return {
      ...base,
      pullRequest: pr.number,
      ...pr.base?.sha ? { baseSha: pr.base.sha } : {},
      onDefaultBranch: false
    };
  }
  return {
    ...base,
    onDefaultBranch: Boolean(defaultBranch) && wr.head_branch === defaultBranch && wr.event !== "pull_request"
  };
}
async function resolveTarget(ctx) {
  const { name, payload, ref, sha } = ctx.event;
  const defaultBranch = payload.repository?.default_branch;
  const isDefault = (r) => defaultBranch ? r === `refs/heads/${defaultBranch}` || r === defaultBranch : false;
  switch (name) {
    case "pull_request_target":
      return {
        skip: "pull_request_target runs hold no results of the PR's code (gate fork PRs through workflow_run)",
        onDefaultBranch: false
      };
    case "pull_request": {
      const pr = payload.pull_request;
      if (payload.action && !GATED_PR_ACTIONS.has(payload.action))
        return { skip: `a pull_request.${payload.action} event brings no new results`, onDefaultBranch: false };
      return {
        headSha: pr?.head?.sha ?? sha,
        ...pr?.base?.sha ? { baseSha: pr.base.sha } : {},
        ...pr?.number ? { pullRequest: pr.number } : {},
        onDefaultBranch: false
      };
    }
    case "push": {
      const before = payload.before;
      return {
        headSha: payload.after ?? sha,
        ...before && !ZERO.test(before) ? { baseSha: before } : {},
        onDefaultBranch: isDefault(payload.ref ?? ref)
      };
    }
    case "schedule":
      return { ...sha ? { headSha: sha } : {}, onDefaultBranch: true };
    case "workflow_dispatch":
      return { ...sha ? { headSha: sha } : {}, onDefaultBranch: !defaultBranch || isDefault(ref) };
    case "workflow_run":
      return workflowRunTarget(ctx, defaultBranch);
    default:
      return { skip: `the ${name} event is not for the gates`, onDefaultBranch: false };
  }
}

// src/gates/snapshot.ts
async function readGates(ctx) {
  const config = ctx.config.gates;
  const target = await resolveTarget(ctx);
  if (target.skip) return { skip: target.skip };
  const fetched = target.artifactsOfRun !== void 0 ? await fetchArtifacts(ctx, target.artifactsOfRun) : { root: ctx.event.workspace ?? process.cwd(), errors: [] };
  const reports = await readAll(config, fetched.root, target.artifactsOfRun !== void 0);
  const warnings = [...reports.warnings, ...reports.errors];
  const recorded = config.baseline.compare && target.baseSha ? await readRecord(ctx, config.publish["check-name"], target.baseSha) : {};
  if (recorded.warning) warnings.push(recorded.warning);
  const conversation = await readConversation(ctx, target);
  return {
    target,
    root: fetched.root,
    reports,
    fetchErrors: fetched.errors,
    ...recorded.record ? { record: recorded.record } : {},
    ...conversation ? { conversation } : {},
    warnings
  };
}
async function readConversation(ctx, target) {
  const mode = ctx.config.gates.publish.comment ? ctx.config.gates["comment-mode"] : "off";
  if (target.pullRequest === void 0 || ctx.config.conversationByEscalations || mode === "off") return void 0;
  return findComment(ctx.github, ctx.event.repo, target.pullRequest, COMMENT_MARKER);
}
async function fetchArtifacts(ctx, runId) {
  const config = ctx.config.gates;
  const root = mkdtempSync(join3(process.env.RUNNER_TEMP || tmpdir(), "epic-steward-artifacts-"));
  const max2 = config["max-report-size"] * 1048576;
  const total = config["max-artifacts-size"] * 1048576;
  const limits = {
    maxZipBytes: max2,
    maxTotalBytes: Math.min(4 * max2, total),
    maxRatio: 1e3,
    maxEntries: 1e4,
    budget: { left: total, total }
  };
  const got = await downloadRunArtifacts(ctx.github, ctx.event.repo, runId, config.artifacts, root, limits);
  ctx.log.info(
    `quality gates: ${got.artifacts.length} artifact(s) of run ${runId} extracted (${got.files.length} file(s))`
  );
  return { root, errors: got.errors };
}
async function readAll(config, root, inArtifacts) {
  const patterns = new Set(
    [config.reports, ...config.items.map((g) => g.reports ?? config.reports)].map((p) => JSON.stringify(p))
  );
  const matched = /* @__PURE__ */ new Map();
  const within = (globs) => inArtifacts ? [...globs, ...globs.map((g) => `*/${g}`)] : globs;
  for (const p of patterns) matched.set(p, await expandGlobs(within(JSON.parse(p)), root));
  const byPath = /* @__PURE__ */ new Map();
  const errors = [];
  const warnings = [];
  const strip = (text2) => text2.split(`${root}/`).join("");
  for (const path of new Set([...matched.values()].flat())) {
    try {
      const report = await readReport(isAbsolute(path) ? path : join3(root, path), config["max-report-size"] * 1048576);
      report.path = path;
      byPath.set(path, report);
      for (const w of report.warnings) warnings.push(strip(w));
    } catch (error) {
      errors.push(strip(error instanceof Error ? error.message : String(error)));
    }
  }
  return { byPath, matched, errors, warnings };
}
async function readRecord(ctx, name, sha) {
  try {
    const runs = await ctx.github.request(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      { ...ctx.event.repo, ref: sha, check_name: name, per_page: 10 }
    );
    for (const run2 of runs.data.check_runs) {
      const record = decodeRecord(run2.output?.text);
      if (record) return { record };
    }
    return {};
  } catch (error) {
    return {
      warning: `could not read the results recorded for ${sha.slice(0, 7)} (${httpStatus(error) ?? (error instanceof Error ? error.message : String(error))}); gates are shown without the comparison`
    };
  }
}

// src/gates/index.ts
async function run(ctx) {
  const snapshot = await readGates(ctx);
  if ("skip" in snapshot) {
    ctx.log.info(`quality gates: ${snapshot.skip}`);
    return {};
  }
  for (const warning of snapshot.warnings) ctx.log.warning(warning);
  const plan = planGates(ctx.config, snapshot);
  for (const warning of plan.warnings) ctx.log.warning(warning);
  ctx.shared.gates = plan.shared;
  if (plan.ops.length) await ctx.apply(plan.ops);
  return {
    ...plan.summary !== void 0 ? { summary: plan.summary } : {},
    outputs: plan.outputs,
    ...plan.failure ? { failure: plan.failure } : {}
  };
}
var gatesFeature = {
  name: "quality gates",
  wants,
  run
};
export {
  gatesFeature
};

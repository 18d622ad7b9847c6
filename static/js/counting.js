/*
 * Counting answer text the way Korean application forms do: the browser twin of
 * prep/coach/counting.py, with the same rules and the same field names. Both are checked against
 * tests/coach/counting_vectors.json (tests/browser/test_counting_js.py for this file).
 *
 * Load static/js/cp949-table.js first. Defines window.prepCounting.
 */
(function () {
  "use strict";

  const CP949_RANGES = window.prepCp949Ranges;
  if (!Array.isArray(CP949_RANGES)) {
    throw new Error("counting.js needs cp949-table.js to be loaded first");
  }

  const RULES = ["chars", "chars_no_spaces", "bytes_cp949", "bytes_utf8", "bytes_neis"];

  // Recruiting sites advise filling 80–90% of a limit; below 80% an answer looks thin.
  const GOOD_FROM_PERCENT = 80;

  // Python's str.isspace(), not JavaScript's \s: the server must agree with the counter the
  // candidate sees, and Python also counts \x1c-\x1f and U+0085 as spaces but not U+FEFF.
  const PYTHON_WHITESPACE = new Set([
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000,
    0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
    0x2029, 0x202f, 0x205f, 0x3000,
  ]);

  const segmenter =
    typeof Intl === "object" && typeof Intl.Segmenter === "function"
      ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
      : null;

  function graphemeClusters(text) {
    if (segmenter) {
      return Array.from(segmenter.segment(text), (part) => part.segment);
    }
    // Browsers before Intl.Segmenter: code points, keeping CRLF whole. Right for precomposed
    // Hangul and plain text; only emoji sequences and combining marks come out too high.
    return text.match(/\r\n|[\s\S]/gu) || [];
  }

  function isLineBreak(cluster) {
    return cluster === "\n" || cluster === "\r\n" || cluster === "\r";
  }

  function utf8Length(codePoint) {
    if (codePoint < 0x80) return 1;
    if (codePoint < 0x800) return 2;
    // Lone surrogates land here: the encoder writes U+FFFD, 3 bytes, as Python's
    // "surrogatepass" does.
    if (codePoint < 0x10000) return 3;
    return 4;
  }

  function cp949Encodable(codePoint) {
    let low = 0;
    let high = CP949_RANGES.length / 2 - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (codePoint < CP949_RANGES[2 * middle]) {
        high = middle - 1;
      } else if (codePoint > CP949_RANGES[2 * middle + 1]) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  function countText(text) {
    text = String(text);
    let characters = 0;
    let spaces = 0;
    let bytesUtf8 = 0;
    let bytesCp949 = 0;
    let bytesNeis = 0;
    let lineBreaks = 0;
    const notCp949 = [];
    const listed = new Set();

    for (const cluster of graphemeClusters(text)) {
      characters += 1;
      if (isLineBreak(cluster)) {
        lineBreaks += 1;
        spaces += 1;
        // A CRLF is one line break: 1 byte, or 2 with lineBreakWeight 2 in measure(). NEIS
        // charges 2 for every line break.
        bytesUtf8 += 1;
        bytesCp949 += 1;
        bytesNeis += 2;
        continue;
      }
      let allWhitespace = true;
      let encodable = true;
      for (const char of cluster) {
        const codePoint = char.codePointAt(0);
        const utf8 = utf8Length(codePoint);
        if (!PYTHON_WHITESPACE.has(codePoint)) allWhitespace = false;
        bytesUtf8 += utf8;
        bytesNeis += utf8;
        if (codePoint < 0x80) {
          bytesCp949 += 1;
        } else if (cp949Encodable(codePoint)) {
          bytesCp949 += 2;
        } else {
          // No CP949 length exists; charge the UTF-8 length, as counting.py explains.
          bytesCp949 += utf8;
          encodable = false;
        }
      }
      if (allWhitespace) spaces += 1;
      if (!encodable && !listed.has(cluster)) {
        listed.add(cluster);
        notCp949.push(cluster);
      }
    }

    return {
      characters: characters,
      characters_no_spaces: characters - spaces,
      bytes_utf8: bytesUtf8,
      bytes_cp949: bytesCp949,
      bytes_neis: bytesNeis,
      line_breaks: lineBreaks,
      not_cp949: notCp949,
    };
  }

  // The weight and limit may come straight from data-* attributes, hence Number().
  function lineBreakWeightOf(lineBreakWeight) {
    const weight = lineBreakWeight === undefined ? 1 : Number(lineBreakWeight);
    if (weight !== 1 && weight !== 2) {
      throw new RangeError("lineBreakWeight must be 1 or 2, got " + lineBreakWeight);
    }
    return weight;
  }

  function measure(text, rule, lineBreakWeight) {
    if (!RULES.includes(rule)) {
      throw new RangeError("unknown limit rule " + rule);
    }
    const weight = lineBreakWeightOf(lineBreakWeight);
    const counts = countText(text);
    const extraForLineBreaks = (weight - 1) * counts.line_breaks;
    switch (rule) {
      case "chars":
        return counts.characters + extraForLineBreaks;
      case "chars_no_spaces":
        // Line breaks are whitespace, so a form that ignores spaces ignores them too.
        return counts.characters_no_spaces;
      case "bytes_cp949":
        return counts.bytes_cp949 + extraForLineBreaks;
      case "bytes_utf8":
        return counts.bytes_utf8 + extraForLineBreaks;
      default:
        // NEIS already charges 2 bytes per line break, so the weight does not apply.
        return counts.bytes_neis;
    }
  }

  function checkLimit(text, limit, rule, lineBreakWeight) {
    limit = Number(limit);
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError("limit must be a non-negative integer, got " + limit);
    }
    const used = measure(text, rule, lineBreakWeight);
    let zone = "low";
    if (used > limit) {
      zone = "over";
    } else if (limit && used * 100 >= GOOD_FROM_PERCENT * limit) {
      zone = "good";
    }
    return {
      used: used,
      limit: limit,
      remaining: limit - used,
      // The same expression as counting.py, so both sides round identically.
      percent: limit ? (used * 100) / limit : 0,
      zone: zone,
    };
  }

  // prep.coach.counting.stored_text: the text as the server stores it. `changes` names what was
  // changed ("line-breaks", "controls", "invisibles", "nfc"); the server words the notices.
  const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
  const STRIPPED_INVISIBLES = /[\u200b\ufeff\u2060]/g;
  // Python's str.splitlines() boundaries and str.strip() whitespace, for one-line fields.
  const PYTHON_LINE_BREAKS = /\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/;
  const PYTHON_EDGE_SPACE =
    /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

  function storedText(text, oneLine) {
    const changes = [];
    let result = String(text).replace(/\r\n/g, "\n");
    if (result.indexOf("\r") !== -1) {
      result = result.replace(/\r/g, "\n");
      changes.push("line-breaks");
    }
    if (CONTROL_CHARACTERS.test(result)) {
      result = result.replace(CONTROL_CHARACTERS, "");
      changes.push("controls");
    }
    CONTROL_CHARACTERS.lastIndex = 0;
    if (STRIPPED_INVISIBLES.test(result)) {
      result = result.replace(STRIPPED_INVISIBLES, "");
      changes.push("invisibles");
    }
    STRIPPED_INVISIBLES.lastIndex = 0;
    const composed = result.normalize("NFC");
    if (composed !== result) changes.push("nfc");
    result = composed;
    if (oneLine) {
      const lines = result.split(PYTHON_LINE_BREAKS);
      // splitlines() gives no empty piece after a final line break.
      if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
      result = lines.join(" ").replace(PYTHON_EDGE_SPACE, "");
    }
    return { text: result, changes: changes };
  }

  window.prepCounting = Object.freeze({
    countText: countText,
    measure: measure,
    checkLimit: checkLimit,
    storedText: storedText,
  });
})();

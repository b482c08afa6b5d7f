// Reads a digit string with its separators by context, as Arabic news writes numbers: a
// separator followed by a scale word is decimal (1,59 مليار = 1.59e9); repeated separators
// between groups of three are thousands (1.108.600 طن = 1108600, 1,700,000); a lone comma
// before exactly three digits is thousands (10,000 = 10000, 27,987 م2) and before one, two or
// four or more it is decimal (4,4 غيغاوات = 4.4); a lone dot is decimal (256.09، 19.198 مليون)
// except before three zeros (500.000 = 500000);
// with both, the last one is the decimal mark (1,234.56 and 1.234,56). The input is folded
// (٫ → . and ٬ → , already).

/** The value of folded digit string `s`, or null when it is not one number (192.168.1.2). */
export function parseDigits(s: string, beforeScale: boolean): number | null {
  let seps = 0;
  let dot = 0;
  let comma = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      seps++;
      dot++;
    } else if (c === 0x2c) {
      seps++;
      comma++;
    } else if (c < 0x30 || c > 0x39) return null;
  }
  if (seps === 0) return Number(s);
  const groups = s.split(/[.,]/);
  if (groups.some((g) => g.length === 0)) return null;
  if (dot > 0 && comma > 0) {
    // Mixed: the last separator is the decimal mark, the others group thousands.
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    const mark = s[last];
    const intPart = s.slice(0, last);
    if (intPart.includes(mark)) return null;
    const thousands = intPart.split(/[.,]/);
    if (!validGroups(thousands)) return null;
    return Number(thousands.join('') + '.' + s.slice(last + 1));
  }
  if (seps >= 2) {
    // 1.108.600, 1,700,000: groups of three after the first.
    if (!validGroups(groups)) return null;
    return Number(groups.join(''));
  }
  const [a, b] = groups;
  if (comma === 1 && b.length === 3 && a.length <= 3 && !beforeScale && a !== '0') return Number(a + b);
  // 500.000 عون، 65.000 مركز: a dot before three zeros groups thousands (no decimal is written .000).
  if (dot === 1 && b === '000' && a.length <= 3 && !beforeScale && a !== '0') return Number(a + b);
  return Number(a + '.' + b);
}

function validGroups(groups: string[]): boolean {
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return false;
  return true;
}

/** Whether folded `s` is a plain integer of digits only. */
export function isPlainInteger(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

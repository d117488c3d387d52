/** Han characters (CJK ideographs, any block): the test for "is this Chinese text". */
const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

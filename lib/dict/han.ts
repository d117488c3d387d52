/** Han characters: a dictionary lookup starts only on one (CC-CEDICT has nothing for "，" or "the"). */
const HAN = /^\p{Script=Han}/u;

export const startsWithHan = (text: string) => HAN.test(text);

// Every qualifier and separator of the lexicon is a word the check reads: the sheet's formulas
// are built from the same lists, so a word missing here would grade in one and not the other.
import { readCellTarget } from "../../../src/core/targets/read-target";
import { TARGET_LEXICON } from "../../../src/core/targets/target-lexicon";

describe("the target lexicon is what the check reads", () => {
  const cases: readonly (readonly [string, "above" | "below" | "about"])[] = [
    ...TARGET_LEXICON.floor.prefixes.map((w) => [w, "above"] as const),
    ...TARGET_LEXICON.ceiling.prefixes.map((w) => [w, "below"] as const),
    ...TARGET_LEXICON.about.prefixes.map((w) => [w, "about"] as const),
  ];
  test.each(cases)("%s 4,5 is qualified %s", (word, qualifier) => {
    const typed = `${word.charAt(0).toUpperCase()}${word.slice(1)} 4,5`;
    expect(readCellTarget(typed)).toMatchObject({ kind: "target", target: { kind: "qualified", qualifier, value: 4.5 } });
  });
  test.each(TARGET_LEXICON.range.separators)("6,6 %s 6,8 is a range", (sep) => {
    expect(readCellTarget(`6,6 ${sep} 6,8`)).toMatchObject({ kind: "target", target: { kind: "range", min: 6.6, max: 6.8 } });
    expect(readCellTarget(`${TARGET_LEXICON.range.openers[0]} 6,6${sep}6,8`)).toMatchObject({ target: { kind: "range", min: 6.6, max: 6.8 } });
  });
});

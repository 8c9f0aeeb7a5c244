// The stand-in runs Microsoft's own client, so mistakes that would break in real Excel break
// here too: these tests make them on purpose and see them caught, which is what gives the
// other tests of src/excel their meaning.
import { planSheet } from "../../src/core/layout/plan-sheet";
import { defaultTemplate } from "../../src/core/template/template-builtin";
import { queueSheetPlan } from "../../src/excel/apply-plan";
import { factsForLevel } from "../../src/excel/host-facts";
import { queueSheetRead } from "../../src/excel/read-sheet";
import { DETAILS, startHost } from "./helpers";

const plan = () => planSheet({ template: defaultTemplate(), period: { year: 2020, kind: "Q1" }, details: DETAILS });

it("applying the plan on a 1.7 host as if it had 1.8 fails with ApiNotFound: the facts gate is what keeps 1.7 working", async () => {
  const { host, facts } = await startHost("1.7");
  try {
    const lying = factsForLevel(8, facts.displayLanguage);
    await expect(
      Excel.run(async (context) => {
        queueSheetPlan(context.workbook.worksheets.add("Quý I-2020"), plan(), lying);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    // With the detected facts the same plan applies.
    await Excel.run(async (context) => {
      queueSheetPlan(context.workbook.worksheets.add("Quý I-2020 (2)"), plan(), facts);
      await context.sync();
    });
  } finally {
    host.uninstall();
  }
});

it("reading a snapshot before the sync throws the client's PropertyNotLoaded", async () => {
  const { host } = await startHost("1.7");
  try {
    await host.user.type(host.workbook.worksheets[0].name, "A1", 1);
    await expect(
      Excel.run(async (context) => {
        const read = queueSheetRead(context.workbook.worksheets.getActiveWorksheet());
        read("early"); // before context.sync()
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  } finally {
    host.uninstall();
  }
});

import { describe, expect, it } from 'vitest';
import { flagContradictsText } from '../../tools/quality/refusal-view.js';

describe("the eval's refusal view", () => {
  it("counts a reply flagged answered that says the article doesn't say it as a contradiction", () => {
    expect(flagContradictsText(true, "The article doesn't say. The closest it comes: ...")).toBe(true);
    expect(flagContradictsText(true, 'In Washington. The talks were held there.')).toBe(false);
  });

  it('counts a verdict flagged unanswered as a contradiction, and a plain refusal as none', () => {
    expect(flagContradictsText(false, 'Yes. The talks were held in Washington.')).toBe(true);
    expect(flagContradictsText(false, "The article doesn't say whether that is so.")).toBe(false);
  });
});

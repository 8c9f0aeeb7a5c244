// How a result compares with its target.

/** exceeded (Vượt) > 100,0 %; met (Đạt) = 100,0 %; near (Gần đạt) from the near threshold; shortfall (Chưa đạt) below; none: no target. */
export type Grade = "exceeded" | "met" | "near" | "shortfall" | "none";
export const GRADES: readonly Grade[] = ["exceeded", "met", "near", "shortfall", "none"];

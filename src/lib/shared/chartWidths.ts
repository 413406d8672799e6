/** Width of the phone version of every chart: 12-unit text shows at 12 px or more on a 390 px phone (358 px of content). */
export const NARROW_WIDTH = 340;

/** The four duties of the crew, as the seed words them: 指引向导, 秩序维护, 特殊群体帮扶, 除雪破冰. */
export const DUTIES = [
  'GUIDANCE',
  'ORDER_KEEPING',
  'HELPING_VULNERABLE',
  'SNOW_AND_ICE_CLEARING',
] as const;

import { registerEnumType } from 'type-graphql';

/** What a volunteer can do, so that a lead can staff a post or a task with the right people. */
export enum VolunteerSkill {
  /** 急救 */
  FIRST_AID = 'FIRST_AID',
  /** 手语 */
  SIGN_LANGUAGE = 'SIGN_LANGUAGE',
  /** 除雪 */
  SNOW_CLEARING = 'SNOW_CLEARING',
  /** 助老 */
  ELDER_CARE = 'ELDER_CARE',
  /** 向导 */
  GUIDING = 'GUIDING',
  /** 驾驶 */
  DRIVING = 'DRIVING',
}

registerEnumType(VolunteerSkill, {
  name: 'VolunteerSkill',
  description: 'A skill (技能) a volunteer offers',
  valuesConfig: {
    FIRST_AID: { description: '急救: first aid' },
    SIGN_LANGUAGE: { description: '手语: sign language' },
    SNOW_CLEARING: { description: '除雪: snow clearing' },
    ELDER_CARE: { description: '助老: care for the elderly' },
    GUIDING: { description: '向导: guiding visitors' },
    DRIVING: { description: '驾驶: driving' },
  },
});

/** Skills in the enum's order, each once: how they are stored and shown. */
export function normalizedSkills(skills: readonly VolunteerSkill[]): VolunteerSkill[] {
  const wanted = new Set(skills);
  return Object.values(VolunteerSkill).filter((skill) => wanted.has(skill));
}

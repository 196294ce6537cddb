import { registerEnumType } from 'type-graphql';

/** 易企办: the ways a matter can be done, as the 2024 targets count them. */
export enum ServiceMode {
  /** 免证办: no paper certificate; the data is looked up (电子证照, shared data). */
  NO_CERTIFICATE = 'NO_CERTIFICATE',
  /** 跨省通办: done for applicants from other provinces, online and at a window alike. */
  CROSS_PROVINCE = 'CROSS_PROVINCE',
  /** 同城通办: done at any window in the city. */
  SAME_CITY = 'SAME_CITY',
  /** 容缺受理 + 告知承诺: accepted with a material missing or replaced by a signed commitment. */
  DEFERRED_MATERIALS_WITH_COMMITMENT = 'DEFERRED_MATERIALS_WITH_COMMITMENT',
}

registerEnumType(ServiceMode, {
  name: 'ServiceMode',
  description: '易企办 modes: 免证办, 跨省通办, 同城通办, 容缺受理+告知承诺',
});

/** Where an application is made. */
export enum ServiceChannel {
  /** 网上办: online. */
  ONLINE = 'ONLINE',
  /** 窗口办: at a service window (线下). */
  WINDOW = 'WINDOW',
}

registerEnumType(ServiceChannel, {
  name: 'ServiceChannel',
  description: 'ONLINE 网上办, WINDOW 窗口办 (线下)',
});

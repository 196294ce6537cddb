import { SizeClass } from '../enterprise-profile/enterprise-profile.entity';
import { classFallsUnder, sectionOfCode } from '../enterprise-profile/industry';
import { type Candidate, Criterion, type Eligibility, lacksOf, windowState } from './eligibility';

const CELL_A = '11111111-1111-4111-8111-111111111111';
const CELL_B = '22222222-2222-4222-8222-222222222222';

const anyone: Eligibility = {
  industrySections: [],
  industryCodes: [],
  sizeClasses: [],
  foundedOnOrBefore: null,
  foundedOnOrAfter: null,
  requiresHighTech: false,
  requiresSpecialisedNew: false,
  gridCellIds: [],
};

/** A small printing company (C 2319) founded on 2010-07-07 in cell A, neither high-tech nor 专精特新. */
const printer: Candidate = {
  gridCellId: CELL_A,
  profile: {
    industrySection: 'C',
    industryClass: '2319',
    sizeClass: SizeClass.SMALL,
    foundedOn: '2010-07-07',
    highTech: false,
    specialisedNew: false,
  },
};
const criteriaOf = (eligibility: Partial<Eligibility>, candidate: Candidate = printer) =>
  lacksOf({ ...anyone, ...eligibility }, candidate).map((lack) => lack.criterion);

describe('policy eligibility, criterion by criterion', () => {
  it('lets everyone in when the policy asks nothing', () => {
    expect(criteriaOf({})).toEqual([]);
  });

  describe('industry (GB/T 4754-2017)', () => {
    it.each([
      [{ industrySections: ['C'] }, []],
      [{ industrySections: ['F', 'C'] }, []],
      [{ industrySections: ['F'] }, [Criterion.INDUSTRY]],
      [{ industryCodes: ['23'] }, []], // its division
      [{ industryCodes: ['231'] }, []], // its group
      [{ industryCodes: ['2319'] }, []], // its class
      [{ industryCodes: ['2311'] }, [Criterion.INDUSTRY]], // a sibling class
      [{ industryCodes: ['232'] }, [Criterion.INDUSTRY]], // a sibling group
      [{ industrySections: ['C'], industryCodes: ['13'] }, [Criterion.INDUSTRY]], // right section, wrong division
    ])('%j → %j', (eligibility, expected) => {
      expect(criteriaOf(eligibility)).toEqual(expected);
    });

    it('knows which section a division lies in, at the edges of the ranges', () => {
      expect(sectionOfCode('13')).toBe('C');
      expect(sectionOfCode('4399')).toBe('C');
      expect(sectionOfCode('4411')).toBe('D');
      expect(sectionOfCode('0511')).toBe('A');
      expect(sectionOfCode('0610')).toBe('B');
      expect(sectionOfCode('9800')).toBe('T');
      expect(sectionOfCode('99')).toBeUndefined();
      expect(classFallsUnder('2319', '23')).toBe(true);
      expect(classFallsUnder('2319', '3')).toBe(false);
    });
  });

  it.each([
    [[SizeClass.SMALL], []],
    [[SizeClass.MICRO, SizeClass.SMALL], []],
    [[SizeClass.MICRO], [Criterion.SIZE]],
    [[SizeClass.LARGE, SizeClass.MEDIUM], [Criterion.SIZE]],
  ])('size: %j → %j', (sizeClasses, expected) => {
    expect(criteriaOf({ sizeClasses })).toEqual(expected);
  });

  it.each([
    [{ foundedOnOrBefore: '2010-07-07' }, []], // founded on the very day: still before or on
    [{ foundedOnOrBefore: '2010-07-06' }, [Criterion.FOUNDED]], // a day too late
    [{ foundedOnOrAfter: '2010-07-07' }, []],
    [{ foundedOnOrAfter: '2010-07-08' }, [Criterion.FOUNDED]], // a day too early
    [{ foundedOnOrAfter: '2010-01-01', foundedOnOrBefore: '2010-12-31' }, []],
    [{ foundedOnOrAfter: '2011-01-01', foundedOnOrBefore: '2011-12-31' }, [Criterion.FOUNDED]],
  ])('founded: %j → %j', (eligibility, expected) => {
    expect(criteriaOf(eligibility)).toEqual(expected);
  });

  it('asks the flags only when the policy requires them', () => {
    expect(criteriaOf({ requiresHighTech: true })).toEqual([Criterion.HIGH_TECH]);
    expect(criteriaOf({ requiresSpecialisedNew: true })).toEqual([Criterion.SPECIALISED_NEW]);
    const both = {
      ...printer,
      profile: { ...printer.profile!, highTech: true, specialisedNew: true },
    };
    expect(criteriaOf({ requiresHighTech: true, requiresSpecialisedNew: true }, both)).toEqual([]);
  });

  it.each([
    [[], []],
    [[CELL_A], []],
    [[CELL_B, CELL_A], []],
    [[CELL_B], [Criterion.GRID_CELL]],
  ])('cells: %j → %j', (gridCellIds, expected) => {
    expect(criteriaOf({ gridCellIds })).toEqual(expected);
  });

  it('lists every lack, in criterion order, with what is required and what the enterprise has', () => {
    const lacks = lacksOf(
      { ...anyone, sizeClasses: [SizeClass.MEDIUM], requiresHighTech: true, gridCellIds: [CELL_B] },
      printer,
    );
    expect(lacks).toEqual([
      { criterion: Criterion.SIZE, required: 'MEDIUM', actual: 'SMALL' },
      { criterion: Criterion.HIGH_TECH, required: '高新技术企业', actual: '否' },
      { criterion: Criterion.GRID_CELL, required: CELL_B, actual: CELL_A },
    ]);
  });

  it('counts a missing profile as lacking every criterion that needs it, but not the cell', () => {
    const unknown: Candidate = { gridCellId: CELL_A, profile: null };
    expect(criteriaOf({}, unknown)).toEqual([]);
    expect(
      criteriaOf(
        {
          industrySections: ['C'],
          sizeClasses: [SizeClass.SMALL],
          foundedOnOrBefore: '2020-01-01',
          requiresHighTech: true,
          requiresSpecialisedNew: true,
          gridCellIds: [CELL_A],
        },
        unknown,
      ),
    ).toEqual([
      Criterion.INDUSTRY,
      Criterion.SIZE,
      Criterion.FOUNDED,
      Criterion.HIGH_TECH,
      Criterion.SPECIALISED_NEW,
    ]);
    expect(lacksOf({ ...anyone, sizeClasses: [SizeClass.SMALL] }, unknown)[0]?.actual).toBeNull();
  });

  it.each([
    ['2024-02-29', 'not-yet'],
    ['2024-03-01', 'open'], // the first day
    ['2024-06-30', 'open'], // the last day
    ['2024-07-01', 'closed'],
  ])('window 2024-03-01..2024-06-30 on %s is %s', (today, expected) => {
    expect(windowState({ opensOn: '2024-03-01', closesOn: '2024-06-30' }, today)).toBe(expected);
  });
});

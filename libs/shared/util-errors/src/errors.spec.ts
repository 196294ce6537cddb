import { ErrorCode, NotYetKnown } from './errors';

describe('NotYetKnown', () => {
  it('tells the caller what is not known yet, on which field, and that the same request may succeed soon', () => {
    const error = new NotYetKnown(
      'Enterprise',
      '3c7b4d2f-0a5e-4d9f-9b62-1e4f3a2d5c6b',
      'enterpriseId',
    );
    expect(error.extensions).toEqual({
      code: ErrorCode.NotYetKnown,
      entity: 'Enterprise',
      id: '3c7b4d2f-0a5e-4d9f-9b62-1e4f3a2d5c6b',
      field: 'enterpriseId',
      retryable: true,
    });
    expect(error.extensions['code']).toBe('NOT_YET_KNOWN');
    expect(error.message).toMatch(/Enterprise 3c7b4d2f-.* is not known here yet.*try again/);
  });
});

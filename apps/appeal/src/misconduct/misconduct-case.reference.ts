import type { AppealContext } from '../context';
import type { MisconductCase } from './misconduct-case.entity';

/** `_entities` answers as the query does: NOT_FOUND for a case the caller may not know of. */
export const misconductCaseReference = {
  __resolveReference(
    reference: Pick<MisconductCase, 'id'>,
    context: AppealContext,
  ): Promise<MisconductCase> {
    return context.misconduct.get(context.caller, reference.id);
  },
};

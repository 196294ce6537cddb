import type { FormInstance } from 'antd';
import { useState } from 'react';
import { graphQLErrorDetails } from '../../graphql/client';
import { fieldName } from './plan';

/**
 * Runs a form's mutation; a BAD_USER_INPUT naming one of the form's fields is shown on that field
 * (the server's sentence), anything else above the form. What was typed stays either way.
 */
export function useServerForm<Values extends object>(form: FormInstance<Values>, fields: string[]) {
  const [error, setError] = useState<unknown>();
  const submit = async (mutate: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await mutate();
      return true;
    } catch (caught) {
      const details = graphQLErrorDetails(caught);
      const field = fieldName(details.field);
      if (details.code === 'BAD_USER_INPUT' && field && fields.includes(field)) {
        form.setFields([{ name: field as never, errors: [details.message] }]);
      } else {
        setError(caught);
      }
      return false;
    }
  };
  return { error, submit };
}

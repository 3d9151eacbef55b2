import type { ApiContext } from '../../../shared/api/app';
import { BerthError } from '../../../shared/errors';

/**
 * How many subscriptions one connection (a page's socket, a desktop window) may hold at once. A page uses a handful:
 * the engine status, the lists, a few logs, shells and stats; pop-out windows have connections of their own.
 */
export const MAX_SUBSCRIPTIONS = 64;

/** One connection's subscription places, as the API context of its calls. */
export function subscriptionBudget(max = MAX_SUBSCRIPTIONS): Required<ApiContext> {
  let open = 0;
  return {
    openSubscription: () => {
      if (open >= max) throw new BerthError({ code: 'TOO_MANY_SUBSCRIPTIONS', message: { key: 'errors.subscriptions', params: { max } } });
      open++;
      let given = false; // the end of the iterator and the abort both give it back: count it once
      return () => {
        if (!given) open--;
        given = true;
      };
    },
  };
}

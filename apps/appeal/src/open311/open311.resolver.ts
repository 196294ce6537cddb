import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppealContext } from '../context';
import { IssuedOpen311ApiKey, Open311ApiKey } from './open311-api-key.entity';
import { Open311Request } from './open311-request.type';
import {
  IssueOpen311ApiKeyInput,
  Open311RequestsArgs,
  SubmitOpen311RequestInput,
} from './open311.input';

/** The Open311 face's part of the appeal subgraph: its keys, and requests filed and read through it. */
@Resolver()
export class Open311Resolver {
  @Query(() => [Open311Request], {
    description:
      'Appeals as Open311 shows them, newest first: category, status, dates, cell and lead department to anyone; description, enterprise, place and media only where the caller may read the appeal',
  })
  open311Requests(
    @Args(() => Open311RequestsArgs) args: Open311RequestsArgs,
    @Ctx() context: AppealContext,
  ): Promise<Open311Request[]> {
    return context.open311Requests.list(context.caller, args);
  }

  @Query(() => Open311Request, { description: 'One appeal as Open311 shows it; NOT_FOUND if none' })
  open311Request(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<Open311Request> {
    return context.open311Requests.get(context.caller, id);
  }

  @Query(() => [Open311ApiKey], { description: 'Every Open311 API key, newest first (ADMIN)' })
  open311ApiKeys(@Ctx() context: AppealContext): Promise<Open311ApiKey[]> {
    return context.open311Keys.list(context.caller);
  }

  @Mutation(() => IssuedOpen311ApiKey, {
    description:
      'Issues an Open311 API key bound to one identity; its secret is shown only here (ADMIN)',
  })
  issueOpen311ApiKey(
    @Arg('input', () => IssueOpen311ApiKeyInput) input: IssueOpen311ApiKeyInput,
    @Ctx() context: AppealContext,
  ): Promise<IssuedOpen311ApiKey> {
    return context.open311Keys.issue(context.caller, input);
  }

  @Mutation(() => Open311ApiKey, { description: 'Revokes an Open311 API key at once (ADMIN)' })
  revokeOpen311ApiKey(
    @Arg('id', () => ID) id: string,
    @Ctx() context: AppealContext,
  ): Promise<Open311ApiKey> {
    return context.open311Keys.revoke(context.caller, id);
  }

  @Mutation(() => Open311Request, {
    description:
      'Files an appeal through the Open311 face (channel OPEN311) as the identity its API key was issued for, under the same rules as submitAppeal; an unknown or revoked key is UNAUTHENTICATED',
  })
  submitOpen311Request(
    @Arg('input', () => SubmitOpen311RequestInput) input: SubmitOpen311RequestInput,
    @Ctx() context: AppealContext,
  ): Promise<Open311Request> {
    return context.open311Requests.submit(input);
  }
}

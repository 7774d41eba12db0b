import { string } from '../../shared/schema/dsl';

/**
 * A reference to something in the World (an instance, zone, Region, load balancer … id) in a command.
 * Commands come from players, bots, replays and result codes: any string up to 200 characters is a
 * well-formed reference; whether it names something is the command's `check`.
 */
export const ref = (description: string) => string({ description, maxLength: 200 });

/** One `npm run cms -- <name>` command. Each lives in its own file under scripts/commands/. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<void>;
}

import { parseArgs } from "node:util";
import { z } from "zod";
import { ROLES } from "../../lib/policy";
import { DuplicateEmailError, NewUserSchema, SYSTEM, createUser } from "../../lib/users";
import { fail, promptPassword, withDatabase } from "../lib/runtime";
import type { Command } from "./types";

export const command: Command = {
  summary: "Create an account",
  usage: 'user:create --email E --role admin|editor|writer [--name "Display name"]   (password from CMS_PASSWORD or a prompt)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      strict: true,
    });
    const options = z
      .object({
        email: z.string({ error: "--email is required" }),
        role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }),
        name: z.string().optional(),
      })
      .safeParse(values);
    if (!options.success) fail(options.error.issues[0]!.message);
    const password = process.env.CMS_PASSWORD ?? (await promptPassword());
    const input = {
      email: options.data.email,
      role: options.data.role,
      displayName: options.data.name ?? options.data.email.split("@")[0] ?? options.data.email,
      password,
    };
    const parsed = NewUserSchema.safeParse(input);
    if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    await withDatabase(async () => {
      try {
        const user = await createUser({ actor: SYSTEM, input });
        console.log(`✔ Created ${user.role} ${user.email} (${user.id})`);
      } catch (error) {
        if (error instanceof DuplicateEmailError) fail(error.message);
        throw error;
      }
    });
  },
};

import { createEntity } from "@/lib/entities/records";
import type { Role } from "@/lib/policy";
import { SYSTEM, createUser } from "@/lib/users";
import { getDb } from "@/db";
import { sections } from "@/db/schema";

let counter = 0;

export async function makeUser(role: Role, overrides: { email?: string; password?: string } = {}) {
  counter += 1;
  const user = await createUser({
    actor: SYSTEM,
    input: {
      email: overrides.email ?? `${role}${counter}@test.local`,
      displayName: `${role} ${counter}`,
      role,
      password: overrides.password ?? "correct horse battery",
    },
  });
  return { id: user.id, role: user.role, email: user.email };
}

export async function makeSection(name = "Quốc phòng") {
  const [row] = await getDb()
    .insert(sections)
    .values({ name, slug: `section-${++counter}` })
    .returning();
  return row!;
}

export async function makeGraph() {
  const person = await createEntity({ actor: SYSTEM, input: { type: "person", name: "Đổng Quân", aliases: ["Dong Jun", "董军"], title: "Bộ trưởng Bộ Quốc phòng Trung Quốc" } });
  const country = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Việt Nam", kind: "country" } });
  const province = await createEntity({ actor: SYSTEM, input: { type: "place", name: "Lào Cai", kind: "province", parentId: country.id } });
  const event = await createEntity({
    actor: SYSTEM,
    input: { type: "event", name: "Giao lưu hữu nghị quốc phòng biên giới lần thứ 8", startDate: "2024-04-11", endDate: "2024-04-12", status: "held", edition: 8 },
  });
  return { person, country, province, event };
}

export const paragraphs = (...texts: string[]) => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

export * from "./enums";
export * from "./users";
export * from "./sections";
export * from "./entities";
export * from "./articles";
export * from "./readership";
export * from "./search";

// Node project setup: nothing global yet; each test opens its own real SQLite file.
export {};

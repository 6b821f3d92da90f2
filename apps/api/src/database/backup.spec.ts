import { BackupReader, orderByForeignKeys } from './backup';

describe(orderByForeignKeys.name, () => {
  it('puts referenced tables first, ignores a table referencing itself, and appends what a cycle leaves', () => {
    const keys = [
      { table: 'ballot', references: 'stemweek' },
      { table: 'stemweek', references: 'account' },
      { table: 'comment', references: 'comment' },
      { table: 'a', references: 'b' },
      { table: 'b', references: 'a' },
    ];
    expect(orderByForeignKeys(['ballot', 'stemweek', 'account', 'comment', 'b', 'a'], keys)).toEqual(['account', 'comment', 'stemweek', 'ballot', 'a', 'b']);
  });
});

describe(BackupReader.name, () => {
  // Values that look like the end marker but are not: COPY escapes a backslash as \\ and a newline as \n.
  const tables = ['1\tx\n2\t\\\\.\n', '', '\\\\.\n\\\\\n', 'a\\n\\.b\n'];
  const file = Buffer.from(`{"header":1}\n${tables.map((rows) => `${rows}\\.\n`).join('')}{"rows":{}}\n`);

  async function read(chunkSize: number): Promise<string[]> {
    const chunks = Array.from({ length: Math.ceil(file.length / chunkSize) }, (_, i) => file.subarray(i * chunkSize, (i + 1) * chunkSize));
    const reader = new BackupReader((async function* () { yield* chunks; })());
    const result = [await reader.line()];
    for (const _ of tables) {
      const parts: Buffer[] = [];
      for await (const part of reader.rows()) parts.push(part);
      result.push(Buffer.concat(parts).toString());
    }
    result.push(await reader.line());
    await reader.end();
    return result;
  }

  it('splits header, tables and trailer wherever the chunks of the file end', async () => {
    for (let size = 1; size <= file.length; size++) {
      expect(await read(size)).toEqual(['{"header":1}', ...tables, '{"rows":{}}']);
    }
  });

  it('says a cut-off file is truncated', async () => {
    const reader = new BackupReader((async function* () { yield Buffer.from('{"header":1}\n1\tx\n'); })());
    await reader.line();
    await expect((async () => { for await (const _ of reader.rows()) void _; })()).rejects.toThrow('The backup is truncated');
  });
});

/**
 * `npm run db:restore [-- <name> | --list]`: puts a copy of the embedded database (from <dataDir>/backups,
 * written before each migration and every BACKUP_INTERVAL_HOURS while running) back in place; the newest
 * unless named. Refuses while WebWaka runs on the folder. The replaced folder is kept beside it.
 */
import { config, listBackups, restoreCopy } from '../subgraphs/kit/src';

async function main() {
  const args = process.argv.slice(2);
  const dataDir = config.dataDir;
  if (args.includes('--list')) {
    const all = listBackups(dataDir);
    if (all.length === 0) console.log(`No copies in ${dataDir}/backups.`);
    for (const b of all) console.log(`${b.name}  ${(b.bytes / 1e6).toFixed(1)} MB`);
    return;
  }
  const { restored, setAside, engine } = await restoreCopy(dataDir, args.find((a) => !a.startsWith('-')));
  console.log(`Restored ${restored.name} into ${dataDir}/${engine}.${setAside ? ` The folder it replaced is kept as ${setAside}.` : ''} Start again with \`npm start\`.`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

// The import's and the copy's usage, apart from their commands: `kiosque help` shows them without loading either.

export const importUsage = `  import wordpress <export.xml> [options]
  import ghost <export.json> [options]
                                import a WordPress export (WXR, Tools → Export) or a Ghost JSON export;
                                again later, it updates what changed and nothing else
      --dry-run                 say what would be created, updated and skipped; write nothing
      --report <file>           every post that lost something or failed, as JSON lines
      --site-url <url>          the old site's address (relative links; Ghost's __GHOST_URL__)
      --lang <code>             the language of posts that do not say theirs (default: the export's, or fr)
      --default-section <name>  the section of posts without a category or tag (default: Non classé)
      --batch <n>               posts per transaction (default 200)
      --json                    print the summary as JSON`;

export const copyUsage = `  copy --from <url> --to <url> [--force] [--batch N]
                                copy a newsroom into another database (file:… or postgres://…, either way):
                                every table, ids and change feed positions kept, search index rebuilt,
                                counts verified; --force empties a target that is not empty first`;

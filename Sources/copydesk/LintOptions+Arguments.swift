import Pipeline

extension LintOptions {
    /// The settings of a plain `lint` command line, read without ArgumentParser, or nil when
    /// the line is anything else: then ArgumentParser reads it (and gives its help and its
    /// messages). ArgumentParser learns the command's options by reflection at every start,
    /// about a fifth of the instructions of linting one short article.
    ///
    /// Plain means: `lint`, then paths (none `-` or `help`, at least one) and options from the
    /// list below, each at most once, each value the next argument and not starting with `-`.
    /// Such a line means the same to ArgumentParser. `--only` and `--disable` (which take values
    /// up to the next option), `--name=value`, `--`, `-h` and the like are left to ArgumentParser.
    init?(plainArguments arguments: some Collection<String>) {
        guard arguments.first == "lint" else { return nil }
        self.init()
        var seen: [String] = []
        var index = arguments.index(after: arguments.startIndex)
        while index != arguments.endIndex {
            let argument = arguments[index]
            index = arguments.index(after: index)
            guard argument.hasPrefix("-") else {
                guard argument != "help" else { return nil }
                paths.append(argument)
                continue
            }
            guard !seen.contains(argument) else { return nil }
            seen.append(argument)
            switch argument {
            case "--no-cache":
                noCache = true
                continue
            case "--allow-outside-extends":
                allowOutsideExtends = true
                continue
            default: break
            }
            guard index != arguments.endIndex else { return nil }
            let value = arguments[index]
            index = arguments.index(after: index)
            guard !value.hasPrefix("-") else { return nil }
            switch argument {
            case "--policy": policy = value
            case "--format": format = value
            case "--output", "-o":
                // One of the two names, once.
                guard output == nil else { return nil }
                output = value
            case "--fail-on": failOn = value
            case "--min-severity": minSeverity = value
            case "--stdin-filename": stdinFilename = value
            case "--jobs":
                guard let number = Int(value) else { return nil }
                jobs = number
            case "--baseline": baseline = value
            case "--write-baseline": writeBaseline = value
            case "--changed-since": changedSince = value
            case "--max-findings-per-file":
                guard let number = Int(value) else { return nil }
                maxFindingsPerFile = number
            case "--color": color = value
            case "--shard": shard = value
            case "--max-file-size":
                guard let limit = FileSizeLimit(value) else { return nil }
                maxFileSize = limit
            default: return nil
            }
        }
        // No path: ArgumentParser says what is missing.
        guard !paths.isEmpty else { return nil }
    }
}

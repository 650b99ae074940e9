import CopydeskCore

/// The lexicons `checks.citations.add` and `checks.citations.remove` may edit, for policy validation.
public enum CitationLexicons {
    public static let names: Set<String> = Set(CheckWorthiness.Lexicons.names + ["named-sources"])
}

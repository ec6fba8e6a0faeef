// swift-tools-version: 6.0
// vtlint: a static misuse linter for one-shot awaitables (.NET ValueTask, Swift continuations and streams).
// Targets follow the pipeline: source model → front ends → analysis → rules → reporters → driver → CLI.
import PackageDescription

let package = Package(
  name: "vtlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "vtlint", targets: ["vtlint"]),
    .executable(name: "vtlint-bench", targets: ["vtlint-bench"]),
    .library(name: "LintDriver", targets: ["LintDriver"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // Bytes, line tables, locations, decoding and input problems. Depends on nothing.
    .target(name: "SourceModel"),
    // Hand-written C# lexer (Lexer/), recursive-descent parser (Parser/) and syntax tree (AST/).
    .target(name: "CSharpFrontend", dependencies: ["SourceModel"]),
    // Hand-written Swift lexer and parser.
    .target(name: "SwiftFrontend", dependencies: ["SourceModel"]),
    // Project index, type knowledge and flow-aware consumption counting, per language.
    .target(name: "Analysis", dependencies: ["SourceModel", "CSharpFrontend", "SwiftFrontend"]),
    // Rule descriptions (id, name, verdict, rationale, examples) and the checks that turn facts into findings.
    .target(name: "Rules", dependencies: ["SourceModel", "Analysis", "CSharpFrontend", "SwiftFrontend"]),
    // Output formats: text, full, json, sarif, github, gitlab, junit, checkstyle, msbuild.
    .target(name: "Reporters", dependencies: ["SourceModel", "Rules"]),
    // Walking, reading, configuration, suppressions, baseline, parallel scheduling, exit status.
    .target(
      name: "LintDriver",
      dependencies: [
        "SourceModel", "CSharpFrontend", "SwiftFrontend", "Analysis", "Rules", "Reporters",
        .product(name: "Yams", package: "Yams"),
      ]),
    .executableTarget(
      name: "vtlint",
      dependencies: ["LintDriver", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(name: "vtlint-bench", dependencies: ["LintDriver"]),
    // Shared by the tests: fixture expectations, marked sources, running the built binary.
    .target(name: "VTLintTestSupport", dependencies: ["LintDriver"], path: "Sources/VTLintTestSupport"),

    .testTarget(name: "SourceModelTests", dependencies: ["SourceModel", "VTLintTestSupport"]),
    .testTarget(name: "CSharpFrontendTests", dependencies: ["CSharpFrontend", "VTLintTestSupport"]),
    .testTarget(name: "SwiftFrontendTests", dependencies: ["SwiftFrontend", "VTLintTestSupport"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "VTLintTestSupport"]),
    .testTarget(name: "RulesTests", dependencies: ["Rules", "VTLintTestSupport"]),
    .testTarget(name: "FixtureTests", dependencies: ["LintDriver", "VTLintTestSupport"]),
    .testTarget(
      name: "ReportersTests", dependencies: ["Reporters", "VTLintTestSupport"],
      // Snapshots are read from the source tree (via #filePath) so they can be updated in place.
      exclude: ["Snapshots"], resources: [.copy("Resources")]),
    .testTarget(name: "CLITests", dependencies: ["LintDriver", "VTLintTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

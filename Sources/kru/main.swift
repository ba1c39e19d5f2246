import KruCLI

KruCommand.runMain()

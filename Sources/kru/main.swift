import KruCLI

KruCommand.main()

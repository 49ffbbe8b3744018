using Clio.Cli;

return CliApp.Run(args, CliEnvironment.FromConsole());

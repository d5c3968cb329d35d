using CareForAll.Cli;

return await Commands.RunAsync(args);

using Ikim.Publisher;
using Ikim.Publisher.Cli;
using Microsoft.Extensions.Options;
using Serilog;

// Two-stage Serilog: this logger covers start-up until the host's configured logger takes over.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    if (args.Length > 0 && args[0] == "build")
    {
        return BuildCommand.Run(args[1..], Console.Out, Console.Error);
    }

    if (args.Length > 0 && args[0] == "logs")
    {
        return await LogsCommand.RunAsync(args[1..], Console.Out, Console.Error, Directory.GetCurrentDirectory());
    }

    if (args.Length > 0 && args[0] == "status")
    {
        return await StatusCommand.RunAsync(args[1..], Console.Out, Console.Error, Directory.GetCurrentDirectory());
    }

    if (args.Length > 0 && ReleaseCommands.Names.Contains(args[0]))
    {
        return ReleaseCommands.Run(args[0], args[1..], Console.Out, Console.Error);
    }

    await PublisherHost.Create(args).RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    Log.Fatal("Invalid configuration, not starting: {Failures}", string.Join("; ", ex.Failures));
    return 2;
}
catch (Exception ex)
{
    Log.Fatal(ex, "Ikim.Publisher stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

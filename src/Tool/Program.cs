using System.CommandLine;
using StateTrace.Tool;
using StateTrace.Tool.Commands;

var root = new RootCommand("StateTrace: switch and firewall session logs into a per-site inventory, with the harness that measures it.")
{
    CommonOptions.Root,
    IngestCommand.Create(),
    GenerateCommand.Create(),
    MaintainCommand.Create(),
    VerifyCommand.Create(),
    ParseCommand.Create(),
    GateCommand.Create(),
    LoadCommand.Create(),
    RollupCommand.Create(),
    ReportCommand.Create(),
    CompareCommand.Create(),
    NightlyCommand.Create(),
};

return await CommandLine.InvokeAsync(root, args);

using StateTrace.Engine.Parsing.Brocade;

namespace StateTrace.Engine.Tests.Parsing.Brocade;

public class ShowVersionTests
{
    private const string Brocade = "ntc-more/brocade_fastiron/show_version/brocade_fastiron_show_version.raw";
    private const string Ruckus = "ntc-more/ruckus_fastiron/show_version/show_version.raw";

    [Fact]
    public void Parse_BrocadeStack_AgreesWithOracle()
    {
        var reports = new ReportCollector();
        var theirs = NtcOracle.Expected(Brocade)[0];

        var version = ShowVersion.Parse(NtcOracle.ReadRaw(Brocade), 1, reports.Report);

        reports.Items.Should().BeEmpty();
        version.Make.Should().Be("Brocade");
        version.Hardware.Should().Be((string)theirs["hw"]!).And.Be("Stackable ICX6450-48-HPOE");
        version.Model.Should().Be("ICX6450-48-HPOE");
        version.Version.Should().Be(Strings(theirs["sw_version"])[0]);
        version.Serial.Should().Equal(Strings(theirs["serial"]));
        version.Uptime.Should().Be("730 day(s) 11 hour(s) 11 second(s)", "their uptime_days/hours/seconds of the first unit are 730, 11 and 11");
    }

    [Fact]
    public void Parse_RuckusStack_AgreesWithOracle()
    {
        var reports = new ReportCollector();
        var theirs = NtcOracle.Expected(Ruckus)[0];

        var version = ShowVersion.Parse(NtcOracle.ReadRaw(Ruckus), 1, reports.Report);

        reports.Items.Should().BeEmpty();
        version.Make.Should().Be("Ruckus");
        version.Hardware.Should().Be((string)theirs["hardware"]!);
        version.Model.Should().Be("ICX7150-48-POEF");
        version.Version.Should().Be(Strings(theirs["version"])[0]).And.Be("08.0.90T211");
        version.Serial.Should().Equal(Strings(theirs["serial"]));
        version.Uptime.Should().Be(Strings(theirs["uptime"])[0]);
    }

    [Fact]
    public void Parse_SingleSwitch_ReadsSystemUptimeAndSerial()
    {
        const string text = """
              Copyright (c) 2017 Ruckus Wireless, Inc. All rights reserved.
                UNIT 1: compiled on Dec 10 2019 at 21:47:45 labeled as SPR08090d
                  (30236952 bytes) from Primary SPR08090d.bin (UFI)
                    SW: Version 08.0.90dT213
              HW: Stackable ICX7150-48P
            ==========================================================================
            UNIT 1: SL 1: ICX7150-48P-4X1G POE 48-port Management Module
                  Serial  #:FEK3224R00X
              The system uptime is 18 day(s) 7 hour(s) 45 minute(s) 12 second(s)
            """;

        var version = ShowVersion.Parse(text, 1, null);

        version.Should().BeEquivalentTo(new
        {
            Make = "Ruckus",
            Model = "ICX7150-48P",
            Version = "08.0.90dT213",
            Serial = new[] { "FEK3224R00X" },
            Uptime = "18 day(s) 7 hour(s) 45 minute(s) 12 second(s)",
        });
    }

    [Fact]
    public void Parse_ChassisWithEmptySlot_ReadsModelAndSkipsNonExistSerial()
    {
        const string text = """
              SW: Version 08.0.01aT3e1 Copyright (c) 1996-2014 Brocade Communications Systems, Inc. All rights reserved.
              HW: Chassis FastIron SX 800
            SL 1: SX-FI-ZMR-XL Management Module Active
                    Serial #:   Non-exist.
            SL 2: SX-FI-24GPP 24-port Gig Copper
                    Serial #:   BQT0401G0AE
            """;

        var version = ShowVersion.Parse(text, 1, null);

        version.Make.Should().Be("Brocade");
        version.Model.Should().Be("FastIron SX 800");
        version.Version.Should().Be("08.0.01aT3e1");
        version.Serial.Should().Equal("BQT0401G0AE");
    }

    [Fact]
    public void Parse_NoSoftwareLine_ReportsAndDefaultsMake()
    {
        var reports = new ReportCollector();

        var version = ShowVersion.Parse("Invalid input -> version\n", 12, reports.Report);

        version.Version.Should().BeEmpty();
        version.Make.Should().Be("Brocade");
        reports.Items.Should().ContainSingle().Which.Line.Should().Be(12);
    }

    private static List<string> Strings(object? value) => ((IEnumerable<object>)value!).Select(v => (string)v).ToList();
}

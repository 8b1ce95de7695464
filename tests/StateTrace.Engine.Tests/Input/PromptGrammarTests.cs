using StateTrace.Engine.Input;

namespace StateTrace.Engine.Tests.Input;

public class PromptGrammarTests
{
    [Theory]
    [InlineData("WLLS-A01-AS-01#show version", "WLLS-A01-AS-01", "show version")]
    [InlineData("WLLS-A01-AS-01>show version", "WLLS-A01-AS-01", "show version")]
    [InlineData("WLLS-A01-AS-01# show version", "WLLS-A01-AS-01", "show version")]
    [InlineData("WLLS-A01-AS-01(config)#do show run", "WLLS-A01-AS-01", "do show run")]
    [InlineData("core1(config-if-range)#", "core1", "")]
    [InlineData("SSH@ICX7150-48P#show interfaces brief", "ICX7150-48P", "show interfaces brief")]
    [InlineData("admin@PA-3220> show system info", "PA-3220", "show system info")]
    [InlineData("netops@mx480-re0> show version | no-more", "mx480-re0", "show version | no-more")]
    [InlineData("netops@ex4300# ", "ex4300", "")]
    [InlineData("switch#", "switch", "")]
    [InlineData("HP-2920-24G# show interfaces brief", "HP-2920-24G", "show interfaces brief")]
    [InlineData("../x#show version", "../x", "show version")]
    [InlineData("a:b#show version", "a:b", "show version")]
    public void TryParse_PromptForms_ReadHostAndCommand(string line, string host, string command)
    {
        PromptGrammar.TryParse(line, out var h, out var c).Should().BeTrue();
        line[h].Should().Be(host);
        line[c].Should().Be(command);
    }

    [Theory]
    [InlineData("uplink->core")]
    [InlineData("-> next hop")]
    [InlineData("  WLLS-A01-AS-01#show version")]
    [InlineData(" description Link#2")]
    [InlineData("Step#1 completed")]
    [InlineData("#####################")]
    [InlineData("WARNING>>> authorised access only")]
    [InlineData("{master:0}")]
    [InlineData("<--- More --->")]
    [InlineData("Entry address(es):")]
    [InlineData("12:00:01>")]
    [InlineData("")]
    [InlineData("hostname WLLS-A01-AS-01")]
    [InlineData("Gi1/0/1    uplink-to-core     connected    trunk      a-full a-1000 10/100/1000BaseTX")]
    public void TryParse_OutputLines_AreNotPrompts(string line)
    {
        PromptGrammar.TryParse(line, out _, out _).Should().BeFalse();
    }
}

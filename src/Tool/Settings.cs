using StateTrace.Engine.Settings;

namespace StateTrace.Tool;

/// <summary>Loads settings for a command, turning a bad value into a usage error (exit 2).</summary>
internal static class Settings
{
    public static StateTraceSettings Load(string root, IReadOnlyDictionary<string, string?> overrides)
    {
        try
        {
            return SettingsLoader.Load(root, overrides);
        }
        catch (SettingsException e)
        {
            throw new UsageException("Settings: " + e.Message);
        }
    }
}

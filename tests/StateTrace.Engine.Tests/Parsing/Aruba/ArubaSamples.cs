namespace StateTrace.Engine.Tests.Parsing.Aruba;

/// <summary>
/// AOS-CX outputs the ntc fixtures lack, in the layout the switches print (column positions and key spellings
/// as seen in published captures of 10.x releases); names and addresses are invented.
/// </summary>
internal static class ArubaSamples
{
    public const string ShowVersion = """
        -----------------------------------------------------------------------------
        ArubaOS-CX
        (c) Copyright 2017-2023 Hewlett Packard Enterprise Development LP
        -----------------------------------------------------------------------------
        Version      : FL.10.11.1021
        Build Date   : 2023-05-25 11:05:32 UTC
        Build ID     : ArubaOS-CX:FL.10.11.1021:9a4b3f3ac2a1:202305251105
        Build SHA    : 9a4b3f3ac2a1bd48e38c5c5bd1c8e7ea1f1b3c2d
        Active Image : primary

        Service OS Version : FL.01.12.0002
        BIOS Version       : FL.01.0002
        """;

    public const string InterfaceBrief = """
        --------------------------------------------------------------------------------------------------------------
        Port      Native  Mode   Type           Enabled Status  Reason                 Speed   Description
                  VLAN                                                                 (Mb/s)
        --------------------------------------------------------------------------------------------------------------
        1/1/1     20      access 1GbT           yes     up                             1000    Room 204 desk 1
        1/1/2     20      access 1GbT           yes     down    Waiting for link       --      --
        1/1/3     1       access 1GbT           no      down    Administratively down  --      spare
        1/1/49    1       trunk  SFP+DAC1       yes     up                             10000   uplink to WLLS-A01-DS-01
        lag1      1       trunk  --             yes     up                             20000   --
        vlan20    --      --     --             yes     up                             --      users
        """;

    public const string RunningConfig = """
        Current configuration:
        !
        !Version ArubaOS-CX FL.10.11.1021
        !export-password: default
        hostname WLLS-A01-AS-02
        snmp-server system-location Bldg_5_Floor_2_Room_204
        aaa authentication port-access dot1x authenticator
            radius server-group NAC
            enable
        aaa authentication port-access mac-auth
            enable
        vlan 1,20
        vlan 20
            name users
        interface 1/1/1
            no shutdown
            description Room 204 desk 1 (config)
            no routing
            vlan access 20
            aaa authentication port-access client-limit 4
            aaa authentication port-access dot1x authenticator
                cached-reauth
                enable
            aaa authentication port-access mac-auth
                enable
            exit
        interface 1/1/2
            no shutdown
            no routing
            vlan access 20
            aaa authentication port-access dot1x authenticator enable
        interface 1/1/3
            shutdown
            no routing
            vlan access 1
            aaa authentication port-access mac-auth enable
        interface 1/1/49
            no shutdown
            no routing
            vlan trunk native 1
            vlan trunk allowed all
            aaa authentication port-access dot1x authenticator
        interface lag 1
            no shutdown
            no routing
            vlan trunk native 1
            vlan trunk allowed all
        interface vlan 20
            ip address 10.20.0.2/24
        !
        https-server vrf mgmt
        """;
}

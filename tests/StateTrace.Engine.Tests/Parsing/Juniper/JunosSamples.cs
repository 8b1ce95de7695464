namespace StateTrace.Engine.Tests.Parsing.Juniper;

/// <summary>
/// Junos outputs the ntc fixtures lack (terse table, configuration in both forms), in the layout EX switches print
/// on ELS releases; names and addresses are invented. The two configurations say the same thing.
/// </summary>
internal static class JunosSamples
{
    public const string InterfacesTerse = """
        Interface               Admin Link Proto    Local                 Remote
        ge-0/0/0                up    up
        ge-0/0/0.0              up    up   eth-switch
        ge-0/0/1                up    up
        ge-0/0/1.0              up    up   eth-switch
        ge-0/0/2                down  down
        ge-0/0/2.0              up    down eth-switch
        ge-0/0/3                down  down
        xe-0/1/0                up    up
        xe-0/1/0.0              up    up   aenet    --> ae0.0
        ae0                     up    up
        ae0.0                   up    up   eth-switch
        bme0                    up    up
        bme0.0                  up    up   inet     128.0.0.1/2
        gr-0/0/0                up    up
        irb                     up    up
        irb.10                  up    up   inet     10.10.0.1/24
                                           inet6    fe80::2a8a:1cff:fee0:9a10/64
        jsrv                    up    up
        lo0                     up    up
        lo0.0                   up    up   inet     10.255.0.1          --> 0/0
        me0                     up    up
        me0.0                   up    up   inet     192.168.1.10/24
        vme                     up    down
        """;

    public const string BraceConfiguration = """
        ## Last commit: 2026-02-01 10:00:00 UTC by admin
        version 21.4R3-S5.4;
        system {
            host-name WLLS-A01-EX-01;
            root-authentication {
                encrypted-password "$6$abc"; ## SECRET-DATA
            }
        }
        interfaces {
            ge-0/0/0 {
                description "Room 204 desk 1";
                unit 0 {
                    family ethernet-switching {
                        interface-mode access;
                        vlan {
                            members users;
                        }
                    }
                }
            }
            ge-0/0/1 {
                description "AP; ceiling";
                native-vlan-id 20;
                unit 0 {
                    family ethernet-switching {
                        interface-mode trunk;
                        vlan {
                            members [ users voice ];
                        }
                    }
                }
            }
            ge-0/0/2 {
                unit 0 {
                    family ethernet-switching {
                        vlan {
                            members 20;
                        }
                    }
                }
            }
            ge-0/0/3 {
                disable;
            }
            inactive: xe-0/1/0 {
                ether-options {
                    802.3ad ae0;
                }
            }
            ae0 {
                description "uplink to WLLS-A01-DS-01";
                unit 0 {
                    family ethernet-switching {
                        interface-mode trunk;
                        vlan {
                            members all;
                        }
                    }
                }
            }
            irb {
                unit 10 {
                    family inet {
                        address 10.10.0.1/24;
                    }
                }
            }
        }
        snmp {
            location "Bldg_5_Floor_2_Room_204";
        }
        protocols {
            dot1x {
                authenticator {
                    authentication-profile-name NAC;
                    interface {
                        ge-0/0/0.0 {
                            supplicant multiple;
                            mac-radius;
                            guest-vlan guest;
                        }
                        ge-0/0/1.0 {
                            supplicant single;
                        }
                        ge-0/0/2 {
                            mac-radius {
                                restrict;
                            }
                        }
                    }
                }
            }
        }
        vlans {
            guest {
                vlan-id 99;
            }
            users {
                vlan-id 20;
            }
            voice {
                vlan-id 30;
            }
        }
        """;

    public const string SetConfiguration = """
        set version 21.4R3-S5.4
        set system host-name WLLS-A01-EX-01
        set system root-authentication encrypted-password "$6$abc"
        set interfaces ge-0/0/0 description "Room 204 desk 1"
        set interfaces ge-0/0/0 unit 0 family ethernet-switching interface-mode access
        set interfaces ge-0/0/0 unit 0 family ethernet-switching vlan members users
        set interfaces ge-0/0/1 description "AP; ceiling"
        set interfaces ge-0/0/1 native-vlan-id 20
        set interfaces ge-0/0/1 unit 0 family ethernet-switching interface-mode trunk
        set interfaces ge-0/0/1 unit 0 family ethernet-switching vlan members users
        set interfaces ge-0/0/1 unit 0 family ethernet-switching vlan members voice
        set interfaces ge-0/0/2 unit 0 family ethernet-switching vlan members 20
        set interfaces ge-0/0/3 disable
        set interfaces xe-0/1/0 ether-options 802.3ad ae0
        deactivate interfaces xe-0/1/0
        set interfaces ae0 description "uplink to WLLS-A01-DS-01"
        set interfaces ae0 unit 0 family ethernet-switching interface-mode trunk
        set interfaces ae0 unit 0 family ethernet-switching vlan members all
        set interfaces irb unit 10 family inet address 10.10.0.1/24
        set snmp location "Bldg_5_Floor_2_Room_204"
        set protocols dot1x authenticator authentication-profile-name NAC
        set protocols dot1x authenticator interface ge-0/0/0.0 supplicant multiple
        set protocols dot1x authenticator interface ge-0/0/0.0 mac-radius
        set protocols dot1x authenticator interface ge-0/0/0.0 guest-vlan guest
        set protocols dot1x authenticator interface ge-0/0/1.0 supplicant single
        set protocols dot1x authenticator interface ge-0/0/2 mac-radius restrict
        set vlans guest vlan-id 99
        set vlans users vlan-id 20
        set vlans voice vlan-id 30
        """;
}

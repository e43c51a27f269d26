-- Accounts (issue 5): hydrogen as a fuel has no direct CO2 factor in the IPCC tables loaded
-- from emission_factors.csv, so a company burning hydrogen would get an unknown scope 1.
-- Hydrogen contains no carbon: burning it (2 H2 + O2 -> 2 H2O) emits no CO2. The row below
-- states that with its reason; how the hydrogen was made (from gas or by electrolysis) is a
-- question for the energy account and scope 3, not for scope 1. The id lies apart from the
-- CSV's numbering so that the file can grow without a clash.
insert into emission_factor (id, category, item, region, year_or_version, value, unit, basis, gas, source, notes)
values (1001, 'fuel_combustion', 'hydrogen', 'default', '2006', 0, 'kg CO2/TJ (net calorific basis)',
        'no carbon in the fuel: 2 H2 + O2 -> 2 H2O', 'CO2',
        'Stoichiometry of hydrogen combustion (no carbon in the fuel); IPCC 2006 Guidelines for National GHG Inventories, Vol. 2 Energy, Ch. 1 Table 1.4 lists no CO2 factor for hydrogen',
        'added by Symbiose for the climate account (migration V5)');

package vn.tradehub.bordertrade.shipment;

/** Official trade, trade of border residents (cư dân biên giới), or trade at a border market. */
public enum TradeForm {
  OFFICIAL,
  BORDER_RESIDENT,
  BORDER_MARKET
}

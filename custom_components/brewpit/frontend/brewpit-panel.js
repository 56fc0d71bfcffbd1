var Ld=Object.defineProperty;var Nd=Object.getOwnPropertyDescriptor;var b=(s,i,e,t)=>{for(var n=t>1?void 0:t?Nd(i,e):i,r=s.length-1,o;r>=0;r--)(o=s[r])&&(n=(t?o(i,e,n):o(n))||n);return t&&n&&Ld(i,e,n),n};var vn=globalThis,bn=vn.ShadowRoot&&(vn.ShadyCSS===void 0||vn.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,_r=Symbol(),Bo=new WeakMap,Ui=class{constructor(i,e,t){if(this._$cssResult$=!0,t!==_r)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=e}get styleSheet(){let i=this.o,e=this.t;if(bn&&i===void 0){let t=e!==void 0&&e.length===1;t&&(i=Bo.get(e)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),t&&Bo.set(e,i))}return i}toString(){return this.cssText}},yn=s=>new Ui(typeof s=="string"?s:s+"",void 0,_r),ye=(s,...i)=>{let e=s.length===1?s[0]:i.reduce((t,n,r)=>t+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(n)+s[r+1],s[0]);return new Ui(e,s,_r)},ea=(s,i)=>{if(bn)s.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of i){let t=document.createElement("style"),n=vn.litNonce;n!==void 0&&t.setAttribute("nonce",n),t.textContent=e.cssText,s.appendChild(t)}},wr=bn?s=>s:s=>s instanceof CSSStyleSheet?(i=>{let e="";for(let t of i.cssRules)e+=t.cssText;return yn(e)})(s):s;var{is:Dd,defineProperty:Id,getOwnPropertyDescriptor:Hd,getOwnPropertyNames:Od,getOwnPropertySymbols:Ud,getPrototypeOf:Fd}=Object,xn=globalThis,ta=xn.trustedTypes,Vd=ta?ta.emptyScript:"",jd=xn.reactiveElementPolyfillSupport,Fi=(s,i)=>s,Vi={toAttribute(s,i){switch(i){case Boolean:s=s?Vd:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,i){let e=s;switch(i){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},_n=(s,i)=>!Dd(s,i),sa={attribute:!0,type:String,converter:Vi,reflect:!1,useDefault:!1,hasChanged:_n};Symbol.metadata??=Symbol("metadata"),xn.litPropertyMetadata??=new WeakMap;var hs=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,e=sa){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(i,e),!e.noAccessor){let t=Symbol(),n=this.getPropertyDescriptor(i,t,e);n!==void 0&&Id(this.prototype,i,n)}}static getPropertyDescriptor(i,e,t){let{get:n,set:r}=Hd(this.prototype,i)??{get(){return this[e]},set(o){this[e]=o}};return{get:n,set(o){let l=n?.call(this);r?.call(this,o),this.requestUpdate(i,l,t)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??sa}static _$Ei(){if(this.hasOwnProperty(Fi("elementProperties")))return;let i=Fd(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(Fi("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Fi("properties"))){let e=this.properties,t=[...Od(e),...Ud(e)];for(let n of t)this.createProperty(n,e[n])}let i=this[Symbol.metadata];if(i!==null){let e=litPropertyMetadata.get(i);if(e!==void 0)for(let[t,n]of e)this.elementProperties.set(t,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let e=[];if(Array.isArray(i)){let t=new Set(i.flat(1/0).reverse());for(let n of t)e.unshift(wr(n))}else i!==void 0&&e.push(wr(i));return e}static _$Eu(i,e){let t=e.attribute;return t===!1?void 0:typeof t=="string"?t:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,e=this.constructor.elementProperties;for(let t of e.keys())this.hasOwnProperty(t)&&(i.set(t,this[t]),delete this[t]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ea(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,e,t){this._$AK(i,t)}_$ET(i,e){let t=this.constructor.elementProperties.get(i),n=this.constructor._$Eu(i,t);if(n!==void 0&&t.reflect===!0){let r=(t.converter?.toAttribute!==void 0?t.converter:Vi).toAttribute(e,t.type);this._$Em=i,r==null?this.removeAttribute(n):this.setAttribute(n,r),this._$Em=null}}_$AK(i,e){let t=this.constructor,n=t._$Eh.get(i);if(n!==void 0&&this._$Em!==n){let r=t.getPropertyOptions(n),o=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Vi;this._$Em=n;let l=o.fromAttribute(e,r.type);this[n]=l??this._$Ej?.get(n)??l,this._$Em=null}}requestUpdate(i,e,t,n=!1,r){if(i!==void 0){let o=this.constructor;if(n===!1&&(r=this[i]),t??=o.getPropertyOptions(i),!((t.hasChanged??_n)(r,e)||t.useDefault&&t.reflect&&r===this._$Ej?.get(i)&&!this.hasAttribute(o._$Eu(i,t))))return;this.C(i,e,t)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,e,{useDefault:t,reflect:n,wrapped:r},o){t&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,o??e??this[i]),r!==!0||o!==void 0)||(this._$AL.has(i)||(this.hasUpdated||t||(e=void 0),this._$AL.set(i,e)),n===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[n,r]of this._$Ep)this[n]=r;this._$Ep=void 0}let t=this.constructor.elementProperties;if(t.size>0)for(let[n,r]of t){let{wrapped:o}=r,l=this[n];o!==!0||this._$AL.has(n)||l===void 0||this.C(n,void 0,r,l)}}let i=!1,e=this._$AL;try{i=this.shouldUpdate(e),i?(this.willUpdate(e),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(e)):this._$EM()}catch(t){throw i=!1,this._$EM(),t}i&&this._$AE(e)}willUpdate(i){}_$AE(i){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(i){}firstUpdated(i){}};hs.elementStyles=[],hs.shadowRootOptions={mode:"open"},hs[Fi("elementProperties")]=new Map,hs[Fi("finalized")]=new Map,jd?.({ReactiveElement:hs}),(xn.reactiveElementVersions??=[]).push("2.1.2");var Ar=globalThis,ia=s=>s,wn=Ar.trustedTypes,na=wn?wn.createPolicy("lit-html",{createHTML:s=>s}):void 0,da="$lit$",$s=`lit$${Math.random().toFixed(9).slice(2)}$`,ua="?"+$s,Gd=`<${ua}>`,Us=document,Gi=()=>Us.createComment(""),Wi=s=>s===null||typeof s!="object"&&typeof s!="function",Cr=Array.isArray,Wd=s=>Cr(s)||typeof s?.[Symbol.iterator]=="function",$r=`[ 	
\f\r]`,ji=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ra=/-->/g,oa=/>/g,Hs=RegExp(`>|${$r}(?:([^\\s"'>=/]+)(${$r}*=${$r}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),aa=/'/g,la=/"/g,ha=/^(?:script|style|textarea|title)$/i,zr=s=>(i,...e)=>({_$litType$:s,strings:i,values:e}),y=zr(1),Rr=zr(2),qp=zr(3),Fs=Symbol.for("lit-noChange"),A=Symbol.for("lit-nothing"),ca=new WeakMap,Os=Us.createTreeWalker(Us,129);function pa(s,i){if(!Cr(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return na!==void 0?na.createHTML(i):i}var Kd=(s,i)=>{let e=s.length-1,t=[],n,r=i===2?"<svg>":i===3?"<math>":"",o=ji;for(let l=0;l<e;l++){let c=s[l],u,p,f=-1,v=0;for(;v<c.length&&(o.lastIndex=v,p=o.exec(c),p!==null);)v=o.lastIndex,o===ji?p[1]==="!--"?o=ra:p[1]!==void 0?o=oa:p[2]!==void 0?(ha.test(p[2])&&(n=RegExp("</"+p[2],"g")),o=Hs):p[3]!==void 0&&(o=Hs):o===Hs?p[0]===">"?(o=n??ji,f=-1):p[1]===void 0?f=-2:(f=o.lastIndex-p[2].length,u=p[1],o=p[3]===void 0?Hs:p[3]==='"'?la:aa):o===la||o===aa?o=Hs:o===ra||o===oa?o=ji:(o=Hs,n=void 0);let w=o===Hs&&s[l+1].startsWith("/>")?" ":"";r+=o===ji?c+Gd:f>=0?(t.push(u),c.slice(0,f)+da+c.slice(f)+$s+w):c+$s+(f===-2?l:w)}return[pa(s,r+(s[e]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),t]},Ki=class s{constructor({strings:i,_$litType$:e},t){let n;this.parts=[];let r=0,o=0,l=i.length-1,c=this.parts,[u,p]=Kd(i,e);if(this.el=s.createElement(u,t),Os.currentNode=this.el.content,e===2||e===3){let f=this.el.content.firstChild;f.replaceWith(...f.childNodes)}for(;(n=Os.nextNode())!==null&&c.length<l;){if(n.nodeType===1){if(n.hasAttributes())for(let f of n.getAttributeNames())if(f.endsWith(da)){let v=p[o++],w=n.getAttribute(f).split($s),S=/([.?@])?(.*)/.exec(v);c.push({type:1,index:r,name:S[2],strings:w,ctor:S[1]==="."?kr:S[1]==="?"?Er:S[1]==="@"?Tr:vi}),n.removeAttribute(f)}else f.startsWith($s)&&(c.push({type:6,index:r}),n.removeAttribute(f));if(ha.test(n.tagName)){let f=n.textContent.split($s),v=f.length-1;if(v>0){n.textContent=wn?wn.emptyScript:"";for(let w=0;w<v;w++)n.append(f[w],Gi()),Os.nextNode(),c.push({type:2,index:++r});n.append(f[v],Gi())}}}else if(n.nodeType===8)if(n.data===ua)c.push({type:2,index:r});else{let f=-1;for(;(f=n.data.indexOf($s,f+1))!==-1;)c.push({type:7,index:r}),f+=$s.length-1}r++}}static createElement(i,e){let t=Us.createElement("template");return t.innerHTML=i,t}};function gi(s,i,e=s,t){if(i===Fs)return i;let n=t!==void 0?e._$Co?.[t]:e._$Cl,r=Wi(i)?void 0:i._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),r===void 0?n=void 0:(n=new r(s),n._$AT(s,e,t)),t!==void 0?(e._$Co??=[])[t]=n:e._$Cl=n),n!==void 0&&(i=gi(s,n._$AS(s,i.values),n,t)),i}var Sr=class{constructor(i,e){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:e},parts:t}=this._$AD,n=(i?.creationScope??Us).importNode(e,!0);Os.currentNode=n;let r=Os.nextNode(),o=0,l=0,c=t[0];for(;c!==void 0;){if(o===c.index){let u;c.type===2?u=new qi(r,r.nextSibling,this,i):c.type===1?u=new c.ctor(r,c.name,c.strings,this,i):c.type===6&&(u=new Mr(r,this,i)),this._$AV.push(u),c=t[++l]}o!==c?.index&&(r=Os.nextNode(),o++)}return Os.currentNode=Us,n}p(i){let e=0;for(let t of this._$AV)t!==void 0&&(t.strings!==void 0?(t._$AI(i,t,e),e+=t.strings.length-2):t._$AI(i[e])),e++}},qi=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,e,t,n){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=i,this._$AB=e,this._$AM=t,this.options=n,this._$Cv=n?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,e=this._$AM;return e!==void 0&&i?.nodeType===11&&(i=e.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,e=this){i=gi(this,i,e),Wi(i)?i===A||i==null||i===""?(this._$AH!==A&&this._$AR(),this._$AH=A):i!==this._$AH&&i!==Fs&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):Wd(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==A&&Wi(this._$AH)?this._$AA.nextSibling.data=i:this.T(Us.createTextNode(i)),this._$AH=i}$(i){let{values:e,_$litType$:t}=i,n=typeof t=="number"?this._$AC(i):(t.el===void 0&&(t.el=Ki.createElement(pa(t.h,t.h[0]),this.options)),t);if(this._$AH?._$AD===n)this._$AH.p(e);else{let r=new Sr(n,this),o=r.u(this.options);r.p(e),this.T(o),this._$AH=r}}_$AC(i){let e=ca.get(i.strings);return e===void 0&&ca.set(i.strings,e=new Ki(i)),e}k(i){Cr(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,t,n=0;for(let r of i)n===e.length?e.push(t=new s(this.O(Gi()),this.O(Gi()),this,this.options)):t=e[n],t._$AI(r),n++;n<e.length&&(this._$AR(t&&t._$AB.nextSibling,n),e.length=n)}_$AR(i=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);i!==this._$AB;){let t=ia(i).nextSibling;ia(i).remove(),i=t}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},vi=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,e,t,n,r){this.type=1,this._$AH=A,this._$AN=void 0,this.element=i,this.name=e,this._$AM=n,this.options=r,t.length>2||t[0]!==""||t[1]!==""?(this._$AH=Array(t.length-1).fill(new String),this.strings=t):this._$AH=A}_$AI(i,e=this,t,n){let r=this.strings,o=!1;if(r===void 0)i=gi(this,i,e,0),o=!Wi(i)||i!==this._$AH&&i!==Fs,o&&(this._$AH=i);else{let l=i,c,u;for(i=r[0],c=0;c<r.length-1;c++)u=gi(this,l[t+c],e,c),u===Fs&&(u=this._$AH[c]),o||=!Wi(u)||u!==this._$AH[c],u===A?i=A:i!==A&&(i+=(u??"")+r[c+1]),this._$AH[c]=u}o&&!n&&this.j(i)}j(i){i===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},kr=class extends vi{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===A?void 0:i}},Er=class extends vi{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==A)}},Tr=class extends vi{constructor(i,e,t,n,r){super(i,e,t,n,r),this.type=5}_$AI(i,e=this){if((i=gi(this,i,e,0)??A)===Fs)return;let t=this._$AH,n=i===A&&t!==A||i.capture!==t.capture||i.once!==t.once||i.passive!==t.passive,r=i!==A&&(t===A||n);n&&this.element.removeEventListener(this.name,this,t),r&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},Mr=class{constructor(i,e,t){this.element=i,this.type=6,this._$AN=void 0,this._$AM=e,this.options=t}get _$AU(){return this._$AM._$AU}_$AI(i){gi(this,i)}};var qd=Ar.litHtmlPolyfillSupport;qd?.(Ki,qi),(Ar.litHtmlVersions??=[]).push("3.3.3");var ma=(s,i,e)=>{let t=e?.renderBefore??i,n=t._$litPart$;if(n===void 0){let r=e?.renderBefore??null;t._$litPart$=n=new qi(i.insertBefore(Gi(),r),r,void 0,e??{})}return n._$AI(s),n};var Pr=globalThis,ie=class extends hs{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=ma(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Fs}};ie._$litElement$=!0,ie.finalized=!0,Pr.litElementHydrateSupport?.({LitElement:ie});var Zd=Pr.litElementPolyfillSupport;Zd?.({LitElement:ie});(Pr.litElementVersions??=[]).push("4.2.2");var pe=s=>(i,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(s,i)}):customElements.define(s,i)};var Yd={attribute:!0,type:String,converter:Vi,reflect:!1,hasChanged:_n},Jd=(s=Yd,i,e)=>{let{kind:t,metadata:n}=e,r=globalThis.litPropertyMetadata.get(n);if(r===void 0&&globalThis.litPropertyMetadata.set(n,r=new Map),t==="setter"&&((s=Object.create(s)).wrapped=!0),r.set(e.name,s),t==="accessor"){let{name:o}=e;return{set(l){let c=i.get.call(this);i.set.call(this,l),this.requestUpdate(o,c,s,!0,l)},init(l){return l!==void 0&&this.C(o,void 0,s,l),l}}}if(t==="setter"){let{name:o}=e;return function(l){let c=this[o];i.call(this,l),this.requestUpdate(o,c,s,!0,l)}}throw Error("Unsupported decorator location: "+t)};function z(s){return(i,e)=>typeof e=="object"?Jd(s,i,e):((t,n,r)=>{let o=n.hasOwnProperty(r);return n.constructor.createProperty(r,t),o?Object.getOwnPropertyDescriptor(n,r):void 0})(s,i,e)}function R(s){return z({...s,state:!0,attribute:!1})}var Vs=(s,i,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof i!="object"&&Object.defineProperty(s,i,e),e);function bi(s,i){return(e,t,n)=>{let r=o=>o.renderRoot?.querySelector(s)??null;if(i){let{get:o,set:l}=typeof t=="object"?e:n??(()=>{let c=Symbol();return{get(){return this[c]},set(u){this[c]=u}}})();return Vs(e,t,{get(){let c=o.call(this);return c===void 0&&(c=r(this),(c!==null||this.hasUpdated)&&l.call(this,c)),c}})}return Vs(e,t,{get(){return r(this)}})}}var Qd="uplot",Xd="u-hz",Bd="u-vt",eu="u-title",tu="u-wrap",su="u-under",iu="u-over",nu="u-axis",Ws="u-off",ru="u-select",ou="u-cursor-x",au="u-cursor-y",lu="u-cursor-pt",cu="u-legend",du="u-live",uu="u-inline",hu="u-series",pu="u-marker",fa="u-label",mu="u-value",Yi="width",Ji="height";var ga="bottom",yi="left",Lr="right",Qr="#000",va=Qr+"0",Nr="mousemove",ba="mousedown",Dr="mouseup",ya="mouseenter",xa="mouseleave",_a="dblclick",fu="resize",gu="scroll",wa="change",Tn="dppxchange",Xr="--",Ei=typeof window<"u",Fr=Ei?document:null,_i=Ei?window:null,vu=Ei?navigator:null,ge,$n;function Vr(){let s=devicePixelRatio;ge!=s&&(ge=s,$n&&Gr(wa,$n,Vr),$n=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),Ks(wa,$n,Vr),_i.dispatchEvent(new CustomEvent(Tn)))}function Et(s,i){if(i!=null){let e=s.classList;!e.contains(i)&&e.add(i)}}function jr(s,i){let e=s.classList;e.contains(i)&&e.remove(i)}function Ae(s,i,e){s.style[i]=e+"px"}function Gt(s,i,e,t){let n=Fr.createElement(s);return i!=null&&Et(n,i),e?.insertBefore(n,t),n}function Dt(s,i){return Gt("div",s,i)}var $a=new WeakMap;function ns(s,i,e,t,n){let r="translate("+i+"px,"+e+"px)",o=$a.get(s);r!=o&&(s.style.transform=r,$a.set(s,r),i<0||e<0||i>t||e>n?Et(s,Ws):jr(s,Ws))}var Sa=new WeakMap;function ka(s,i,e){let t=i+e,n=Sa.get(s);t!=n&&(Sa.set(s,t),s.style.background=i,s.style.borderColor=e)}var Ea=new WeakMap;function Ta(s,i,e,t){let n=i+""+e,r=Ea.get(s);n!=r&&(Ea.set(s,n),s.style.height=e+"px",s.style.width=i+"px",s.style.marginLeft=t?-i/2+"px":0,s.style.marginTop=t?-e/2+"px":0)}var Br={passive:!0},bu={...Br,capture:!0};function Ks(s,i,e,t){i.addEventListener(s,e,t?bu:Br)}function Gr(s,i,e,t){i.removeEventListener(s,e,Br)}Ei&&Vr();function Wt(s,i,e,t){let n;e=e||0,t=t||i.length-1;let r=t<=2147483647;for(;t-e>1;)n=r?e+t>>1:Tt((e+t)/2),i[n]<s?e=n:t=n;return s-i[e]<=i[t]-s?e:t}function tl(s){return(e,t,n)=>{let r=-1,o=-1;for(let l=t;l<=n;l++)if(s(e[l])){r=l;break}for(let l=n;l>=t;l--)if(s(e[l])){o=l;break}return[r,o]}}var sl=s=>s!=null,il=s=>s!=null&&s>0,Cn=tl(sl),yu=tl(il);function xu(s,i,e,t=0,n=!1){let r=n?yu:Cn,o=n?il:sl;[i,e]=r(s,i,e);let l=s[i],c=s[i];if(i>-1)if(t==1)l=s[i],c=s[e];else if(t==-1)l=s[e],c=s[i];else for(let u=i;u<=e;u++){let p=s[u];o(p)&&(p<l?l=p:p>c&&(c=p))}return[l??$e,c??-$e]}function zn(s,i,e,t){let n=Ca(s),r=Ca(i);s==i&&(n==-1?(s*=e,i/=e):(s/=e,i*=e));let o=e==10?ps:nl,l=n==1?Tt:It,c=r==1?It:Tt,u=l(o(Ge(s))),p=c(o(Ge(i))),f=wi(e,u),v=wi(e,p);return e==10&&(u<0&&(f=Se(f,-u)),p<0&&(v=Se(v,-p))),t||e==2?(s=f*n,i=v*r):(s=ll(s,f),i=Rn(i,v)),[s,i]}function eo(s,i,e,t){let n=zn(s,i,e,t);return s==0&&(n[0]=0),i==0&&(n[1]=0),n}var to=.1,Ma={mode:3,pad:to},Xi={pad:0,soft:null,mode:0},_u={min:Xi,max:Xi};function Mn(s,i,e,t){return Pn(e)?Aa(s,i,e):(Xi.pad=e,Xi.soft=t?0:null,Xi.mode=t?3:0,Aa(s,i,_u))}function me(s,i){return s??i}function wu(s,i,e){for(i=me(i,0),e=me(e,s.length-1);i<=e;){if(s[i]!=null)return!0;i++}return!1}function Aa(s,i,e){let t=e.min,n=e.max,r=me(t.pad,0),o=me(n.pad,0),l=me(t.hard,-$e),c=me(n.hard,$e),u=me(t.soft,$e),p=me(n.soft,-$e),f=me(t.mode,0),v=me(n.mode,0),w=i-s,S=ps(w),P=ht(Ge(s),Ge(i)),C=ps(P),E=Ge(C-S);(w<1e-24||E>10)&&(w=0,(s==0||i==0)&&(w=1e-24,f==2&&u!=$e&&(r=0),v==2&&p!=-$e&&(o=0)));let _=w||P||1e3,N=ps(_),T=wi(10,Tt(N)),K=_*(w==0?s==0?.1:1:r),U=Se(ll(s-K,T/10),24),te=s>=u&&(f==1||f==3&&U<=u||f==2&&U>=u)?u:$e,Q=ht(l,U<te&&s>=te?te:Kt(te,U)),re=_*(w==0?i==0?.1:1:o),J=Se(Rn(i+re,T/10),24),L=i<=p&&(v==1||v==3&&J>=p||v==2&&J<=p)?p:-$e,B=Kt(c,J>L&&i<=L?L:ht(L,J));return Q==B&&Q==0&&(B=100),[Q,B]}var $u=new Intl.NumberFormat(Ei?vu.language:"en-US"),so=s=>$u.format(s),Mt=Math,En=Mt.PI,Ge=Mt.abs,Tt=Mt.floor,je=Mt.round,It=Mt.ceil,Kt=Mt.min,ht=Mt.max,wi=Mt.pow,Ca=Mt.sign,ps=Mt.log10,nl=Mt.log2,Su=(s,i=1)=>Mt.sinh(s)*i,Ir=(s,i=1)=>Mt.asinh(s/i),$e=1/0;function za(s){return(ps((s^s>>31)-(s>>31))|0)+1}function Wr(s,i,e){return Kt(ht(s,i),e)}function rl(s){return typeof s=="function"}function oe(s){return rl(s)?s:()=>s}var ku=()=>{},ol=s=>s,al=(s,i)=>i,Eu=s=>null,Ra=s=>!0,Pa=(s,i)=>s==i,Tu=/\.\d*?(?=9{6,}|0{6,})/gm,qs=s=>{if(dl(s)||ks.has(s))return s;let i=`${s}`,e=i.match(Tu);if(e==null)return s;let t=e[0].length-1;if(i.indexOf("e-")!=-1){let[n,r]=i.split("e");return+`${qs(n)}e${r}`}return Se(s,t)};function js(s,i){return qs(Se(qs(s/i))*i)}function Rn(s,i){return qs(It(qs(s/i))*i)}function ll(s,i){return qs(Tt(qs(s/i))*i)}function Se(s,i=0){if(dl(s))return s;let e=10**i,t=s*e*(1+Number.EPSILON);return je(t)/e}var ks=new Map;function cl(s){return((""+s).split(".")[1]||"").length}function en(s,i,e,t){let n=[],r=t.map(cl);for(let o=i;o<e;o++){let l=Ge(o),c=Se(wi(s,o),l);for(let u=0;u<t.length;u++){let p=s==10?+`${t[u]}e${o}`:t[u]*c,f=(o>=0?0:l)+(o>=r[u]?0:r[u]),v=s==10?p:Se(p,f);n.push(v),ks.set(v,f)}}return n}var Bi={},io=[],$i=[null,null],Ss=Array.isArray,dl=Number.isInteger,Mu=s=>s===void 0;function La(s){return typeof s=="string"}function Pn(s){let i=!1;if(s!=null){let e=s.constructor;i=e==null||e==Object}return i}function Au(s){return s!=null&&typeof s=="object"}var Cu=Object.getPrototypeOf(Uint8Array),ul="__proto__";function Si(s,i=Pn){let e;if(Ss(s)){let t=s.find(n=>n!=null);if(Ss(t)||i(t)){e=Array(s.length);for(let n=0;n<s.length;n++)e[n]=Si(s[n],i)}else e=s.slice()}else if(s instanceof Cu)e=s.slice();else if(i(s)){e={};for(let t in s)t!=ul&&(e[t]=Si(s[t],i))}else e=s;return e}function Oe(s){let i=arguments;for(let e=1;e<i.length;e++){let t=i[e];for(let n in t)n!=ul&&(Pn(s[n])?Oe(s[n],Si(t[n])):s[n]=Si(t[n]))}return s}var zu=0,Ru=1,Pu=2;function Lu(s,i,e){for(let t=0,n,r=-1;t<i.length;t++){let o=i[t];if(o>r){for(n=o-1;n>=0&&s[n]==null;)s[n--]=null;for(n=o+1;n<e&&s[n]==null;)s[r=n++]=null}}}function Nu(s,i){if(Hu(s)){let o=s[0].slice();for(let l=1;l<s.length;l++)o.push(...s[l].slice(1));return Ou(o[0])||(o=Iu(o)),o}let e=new Set;for(let o=0;o<s.length;o++){let c=s[o][0],u=c.length;for(let p=0;p<u;p++)e.add(c[p])}let t=[Array.from(e).sort((o,l)=>o-l)],n=t[0].length,r=new Map;for(let o=0;o<n;o++)r.set(t[0][o],o);for(let o=0;o<s.length;o++){let l=s[o],c=l[0];for(let u=1;u<l.length;u++){let p=l[u],f=Array(n).fill(void 0),v=i?i[o][u]:Ru,w=[];for(let S=0;S<p.length;S++){let P=p[S],C=r.get(c[S]);P===null?v!=zu&&(f[C]=P,v==Pu&&w.push(C)):f[C]=P}Lu(f,w,n),t.push(f)}}return t}var Du=typeof queueMicrotask>"u"?s=>Promise.resolve().then(s):queueMicrotask;function Iu(s){let i=s[0],e=i.length,t=Array(e);for(let r=0;r<t.length;r++)t[r]=r;t.sort((r,o)=>i[r]-i[o]);let n=[];for(let r=0;r<s.length;r++){let o=s[r],l=Array(e);for(let c=0;c<e;c++)l[c]=o[t[c]];n.push(l)}return n}function Hu(s){let i=s[0][0],e=i.length;for(let t=1;t<s.length;t++){let n=s[t][0];if(n.length!=e)return!1;if(n!=i){for(let r=0;r<e;r++)if(n[r]!=i[r])return!1}}return!0}function Ou(s,i=100){let e=s.length;if(e<=1)return!0;let t=0,n=e-1;for(;t<=n&&s[t]==null;)t++;for(;n>=t&&s[n]==null;)n--;if(n<=t)return!0;let r=ht(1,Tt((n-t+1)/i));for(let o=s[t],l=t+r;l<=n;l+=r){let c=s[l];if(c!=null){if(c<=o)return!1;o=c}}return!0}var hl=["January","February","March","April","May","June","July","August","September","October","November","December"],pl=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ml(s){return s.slice(0,3)}var Uu=pl.map(ml),Fu=hl.map(ml),Vu={MMMM:hl,MMM:Fu,WWWW:pl,WWW:Uu};function Zi(s){return(s<10?"0":"")+s}function ju(s){return(s<10?"00":s<100?"0":"")+s}var Gu={YYYY:s=>s.getFullYear(),YY:s=>(s.getFullYear()+"").slice(2),MMMM:(s,i)=>i.MMMM[s.getMonth()],MMM:(s,i)=>i.MMM[s.getMonth()],MM:s=>Zi(s.getMonth()+1),M:s=>s.getMonth()+1,DD:s=>Zi(s.getDate()),D:s=>s.getDate(),WWWW:(s,i)=>i.WWWW[s.getDay()],WWW:(s,i)=>i.WWW[s.getDay()],HH:s=>Zi(s.getHours()),H:s=>s.getHours(),h:s=>{let i=s.getHours();return i==0?12:i>12?i-12:i},AA:s=>s.getHours()>=12?"PM":"AM",aa:s=>s.getHours()>=12?"pm":"am",a:s=>s.getHours()>=12?"p":"a",mm:s=>Zi(s.getMinutes()),m:s=>s.getMinutes(),ss:s=>Zi(s.getSeconds()),s:s=>s.getSeconds(),fff:s=>ju(s.getMilliseconds())};function no(s,i){i=i||Vu;let e=[],t=/\{([a-z]+)\}|[^{]+/gi,n;for(;n=t.exec(s);)e.push(n[0][0]=="{"?Gu[n[1]]:n[0]);return r=>{let o="";for(let l=0;l<e.length;l++)o+=typeof e[l]=="string"?e[l]:e[l](r,i);return o}}var Wu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ku(s,i){let e;return i=="UTC"||i=="Etc/UTC"?e=new Date(+s+s.getTimezoneOffset()*6e4):i==Wu?e=s:(e=new Date(s.toLocaleString("en-US",{timeZone:i})),e.setMilliseconds(s.getMilliseconds())),e}var fl=s=>s%1==0,An=[1,2,2.5,5],qu=en(10,-32,0,An),gl=en(10,0,32,An),Zu=gl.filter(fl),Gs=qu.concat(gl),ro=`
`,vl="{YYYY}",Na=ro+vl,bl="{M}/{D}",Qi=ro+bl,Sn=Qi+"/{YY}",yl="{aa}",Yu="{h}:{mm}",xi=Yu+yl,Da=ro+xi,Ia=":{ss}",be=null;function xl(s){let i=s*1e3,e=i*60,t=e*60,n=t*24,r=n*30,o=n*365,c=(s==1?en(10,0,3,An).filter(fl):en(10,-3,0,An)).concat([i,i*5,i*10,i*15,i*30,e,e*5,e*10,e*15,e*30,t,t*2,t*3,t*4,t*6,t*8,t*12,n,n*2,n*3,n*4,n*5,n*6,n*7,n*8,n*9,n*10,n*15,r,r*2,r*3,r*4,r*6,o,o*2,o*5,o*10,o*25,o*50,o*100]),u=[[o,vl,be,be,be,be,be,be,1],[n*28,"{MMM}",Na,be,be,be,be,be,1],[n,bl,Na,be,be,be,be,be,1],[t,"{h}"+yl,Sn,be,Qi,be,be,be,1],[e,xi,Sn,be,Qi,be,be,be,1],[i,Ia,Sn+" "+xi,be,Qi+" "+xi,be,Da,be,1],[s,Ia+".{fff}",Sn+" "+xi,be,Qi+" "+xi,be,Da,be,1]];function p(f){return(v,w,S,P,C,E)=>{let _=[],N=C>=o,T=C>=r&&C<o,K=f(S),U=Se(K*s,3),te=Hr(K.getFullYear(),N?0:K.getMonth(),T||N?1:K.getDate()),Q=Se(te*s,3);if(T||N){let re=T?C/r:0,J=N?C/o:0,L=U==Q?U:Se(Hr(te.getFullYear()+J,te.getMonth()+re,1)*s,3),B=new Date(je(L/s)),F=B.getFullYear(),Z=B.getMonth();for(let W=0;L<=P;W++){let ae=Hr(F+J*W,Z+re*W,1),G=ae-f(Se(ae*s,3));L=Se((+ae+G)*s,3),L<=P&&_.push(L)}}else{let re=C>=n?n:C,J=Tt(S)-Tt(U),L=Q+J+Rn(U-Q,re);_.push(L);let B=f(L),F=B.getHours()+B.getMinutes()/e+B.getSeconds()/t,Z=C/t,W=v.axes[w]._space,ae=E/W;for(;L=Se(L+C,s==1?0:3),!(L>P);)if(Z>1){let G=Tt(Se(F+Z,6))%24,ue=f(L).getHours()-G;ue>1&&(ue=-1),L-=ue*t,F=(F+Z)%24;let xe=_[_.length-1];Se((L-xe)/C,3)*ae>=.7&&_.push(L)}else _.push(L)}return _}}return[c,u,p]}var[Ju,Qu,Xu]=xl(1),[Bu,eh,th]=xl(.001);en(2,-53,53,[1]);function Ha(s,i){return s.map(e=>e.map((t,n)=>n==0||n==8||t==null?t:i(n==1||e[8]==0?t:e[1]+t)))}function Oa(s,i){return(e,t,n,r,o)=>{let l=i.find(S=>o>=S[0])||i[i.length-1],c,u,p,f,v,w;return t.map(S=>{let P=s(S),C=P.getFullYear(),E=P.getMonth(),_=P.getDate(),N=P.getHours(),T=P.getMinutes(),K=P.getSeconds(),U=C!=c&&l[2]||E!=u&&l[3]||_!=p&&l[4]||N!=f&&l[5]||T!=v&&l[6]||K!=w&&l[7]||l[1];return c=C,u=E,p=_,f=N,v=T,w=K,U(P)})}}function sh(s,i){let e=no(i);return(t,n,r,o,l)=>n.map(c=>e(s(c)))}function Hr(s,i,e){return new Date(s,i,e)}function Ua(s,i){return i(s)}var ih="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Fa(s,i){return(e,t,n,r)=>r==null?Xr:i(s(t))}function nh(s,i){let e=s.series[i];return e.width?e.stroke(s,i):e.points.width?e.points.stroke(s,i):null}function rh(s,i){return s.series[i].fill(s,i)}var oh={show:!0,live:!0,isolate:!1,mount:ku,markers:{show:!0,width:2,stroke:nh,fill:rh,dash:"solid"},idx:null,idxs:null,values:[]};function ah(s,i){let e=s.cursor.points,t=Dt(),n=e.size(s,i);Ae(t,Yi,n),Ae(t,Ji,n);let r=n/-2;Ae(t,"marginLeft",r),Ae(t,"marginTop",r);let o=e.width(s,i,n);return o&&Ae(t,"borderWidth",o),t}function lh(s,i){let e=s.series[i].points;return e._fill||e._stroke}function ch(s,i){let e=s.series[i].points;return e._stroke||e._fill}function dh(s,i){return s.series[i].points.size}var Or=[0,0];function uh(s,i,e){return Or[0]=i,Or[1]=e,Or}function kn(s,i,e,t=!0){return n=>{n.button==0&&(!t||n.target==i)&&e(n)}}function Ur(s,i,e,t=!0){return n=>{(!t||n.target==i)&&e(n)}}var hh={show:!0,x:!0,y:!0,lock:!1,move:uh,points:{one:!1,show:ah,size:dh,width:0,stroke:ch,fill:lh},bind:{mousedown:kn,mouseup:kn,click:kn,dblclick:kn,mousemove:Ur,mouseleave:Ur,mouseenter:Ur},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(s,i)=>{i.stopPropagation(),i.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(s,i,e,t,n)=>t-n,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},_l={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},oo=Oe({},_l,{filter:al}),wl=Oe({},oo,{size:10}),$l=Oe({},_l,{show:!1}),ao='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Sl="bold "+ao,kl=1.5,Va={show:!0,scale:"x",stroke:Qr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Sl,side:2,grid:oo,ticks:wl,border:$l,font:ao,lineGap:kl,rotate:0},ph="Value",mh="Time",ja={show:!0,scale:"x",auto:!1,sorted:1,min:$e,max:-$e,idxs:[]};function fh(s,i,e,t,n){return i.map(r=>r==null?"":so(r))}function gh(s,i,e,t,n,r,o){let l=[],c=ks.get(n)||0;e=o?e:Se(Rn(e,n),c);for(let u=e;u<=t;u=Se(u+n,c))l.push(Object.is(u,-0)?0:u);return l}function Kr(s,i,e,t,n,r,o){let l=[],c=s.scales[s.axes[i].scale].log,u=c==10?ps:nl,p=Tt(u(e));n=wi(c,p),c==10&&(n=Gs[Wt(n,Gs)]);let f=e,v=n*c;c==10&&(v=Gs[Wt(v,Gs)]);do l.push(f),f=f+n,c==10&&!ks.has(f)&&(f=Se(f,ks.get(n))),f>=v&&(n=f,v=n*c,c==10&&(v=Gs[Wt(v,Gs)]));while(f<=t);return l}function vh(s,i,e,t,n,r,o){let c=s.scales[s.axes[i].scale].asinh,u=t>c?Kr(s,i,ht(c,e),t,n):[c],p=t>=0&&e<=0?[0]:[];return(e<-c?Kr(s,i,ht(c,-t),-e,n):[c]).reverse().map(v=>-v).concat(p,u)}var El=/./,bh=/[12357]/,yh=/[125]/,Ga=/1/,qr=(s,i,e,t)=>s.map((n,r)=>i==4&&n==0||r%t==0&&e.test(n.toExponential()[n<0?1:0])?n:null);function xh(s,i,e,t,n){let r=s.axes[e],o=r.scale,l=s.scales[o],c=s.valToPos,u=r._space,p=c(10,o),f=c(9,o)-p>=u?El:c(7,o)-p>=u?bh:c(5,o)-p>=u?yh:Ga;if(f==Ga){let v=Ge(c(1,o)-p);if(v<u)return qr(i.slice().reverse(),l.distr,f,It(u/v)).reverse()}return qr(i,l.distr,f,1)}function _h(s,i,e,t,n){let r=s.axes[e],o=r.scale,l=r._space,c=s.valToPos,u=Ge(c(1,o)-c(2,o));return u<l?qr(i.slice().reverse(),3,El,It(l/u)).reverse():i}function wh(s,i,e,t){return t==null?Xr:i==null?"":so(i)}var Wa={show:!0,scale:"y",stroke:Qr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Sl,side:3,grid:oo,ticks:wl,border:$l,font:ao,lineGap:kl,rotate:0};function $h(s,i){let e=3+(s||1)*2;return Se(e*i,3)}function Sh(s,i){let{scale:e,idxs:t}=s.series[0],n=s._data[0],r=s.valToPos(n[t[0]],e,!0),o=s.valToPos(n[t[1]],e,!0),l=Ge(o-r),c=s.series[i],u=l/(c.points.space*ge);return t[1]-t[0]<=u}var Ka={scale:null,auto:!0,sorted:0,min:$e,max:-$e},Tl=(s,i,e,t,n)=>n,qa={show:!0,auto:!0,sorted:0,gaps:Tl,alpha:1,facets:[Oe({},Ka,{scale:"x"}),Oe({},Ka,{scale:"y"})]},Za={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Tl,alpha:1,points:{show:Sh,filter:null},values:null,min:$e,max:-$e,idxs:[],path:null,clip:null};function kh(s,i,e,t,n){return e/10}var Ml={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Eh=Oe({},Ml,{time:!1,ori:1}),Ya={};function Al(s,i){let e=Ya[s];return e||(e={key:s,plots:[],sub(t){e.plots.push(t)},unsub(t){e.plots=e.plots.filter(n=>n!=t)},pub(t,n,r,o,l,c,u){for(let p=0;p<e.plots.length;p++)e.plots[p]!=n&&e.plots[p].pub(t,n,r,o,l,c,u)}},s!=null&&(Ya[s]=e)),e}var ki=1,Zr=2;function Zs(s,i,e){let t=s.mode,n=s.series[i],r=t==2?s._data[i]:s._data,o=s.scales,l=s.bbox,c=r[0],u=t==2?r[1]:r[i],p=t==2?o[n.facets[0].scale]:o[s.series[0].scale],f=t==2?o[n.facets[1].scale]:o[n.scale],v=l.left,w=l.top,S=l.width,P=l.height,C=s.valToPosH,E=s.valToPosV;return p.ori==0?e(n,c,u,p,f,C,E,v,w,S,P,Nn,Ti,In,zl,Pl):e(n,c,u,p,f,E,C,w,v,P,S,Dn,Mi,uo,Rl,Ll)}function lo(s,i){let e=0,t=0,n=me(s.bands,io);for(let r=0;r<n.length;r++){let o=n[r];o.series[0]==i?e=o.dir:o.series[1]==i&&(o.dir==1?t|=1:t|=2)}return[e,t==1?-1:t==2?1:t==3?2:0]}function Th(s,i,e,t,n){let r=s.mode,o=s.series[i],l=r==2?o.facets[1].scale:o.scale,c=s.scales[l];return n==-1?c.min:n==1?c.max:c.distr==3?c.dir==1?c.min:c.max:0}function ms(s,i,e,t,n,r){return Zs(s,i,(o,l,c,u,p,f,v,w,S,P,C)=>{let E=o.pxRound,_=u.dir*(u.ori==0?1:-1),N=u.ori==0?Ti:Mi,T,K;_==1?(T=e,K=t):(T=t,K=e);let U=E(f(l[T],u,P,w)),te=E(v(c[T],p,C,S)),Q=E(f(l[K],u,P,w)),re=E(v(r==1?p.max:p.min,p,C,S)),J=new Path2D(n);return N(J,Q,re),N(J,U,re),N(J,U,te),J})}function Ln(s,i,e,t,n,r){let o=null;if(s.length>0){o=new Path2D;let l=i==0?In:uo,c=e;for(let f=0;f<s.length;f++){let v=s[f];if(v[1]>v[0]){let w=v[0]-c;w>0&&l(o,c,t,w,t+r),c=v[1]}}let u=e+n-c,p=10;u>0&&l(o,c,t-p/2,u,t+r+p)}return o}function Mh(s,i,e){let t=s[s.length-1];t&&t[0]==i?t[1]=e:s.push([i,e])}function co(s,i,e,t,n,r,o){let l=[],c=s.length;for(let u=n==1?e:t;u>=e&&u<=t;u+=n)if(i[u]===null){let f=u,v=u;if(n==1)for(;++u<=t&&i[u]===null;)v=u;else for(;--u>=e&&i[u]===null;)v=u;let w=r(s[f]),S=v==f?w:r(s[v]),P=f-n;w=o<=0&&P>=0&&P<c?r(s[P]):w;let E=v+n;S=o>=0&&E>=0&&E<c?r(s[E]):S,S>=w&&l.push([w,S])}return l}function Ja(s){return s==0?ol:s==1?je:i=>js(i,s)}function Cl(s){let i=s==0?Nn:Dn,e=s==0?(n,r,o,l,c,u)=>{n.arcTo(r,o,l,c,u)}:(n,r,o,l,c,u)=>{n.arcTo(o,r,c,l,u)},t=s==0?(n,r,o,l,c)=>{n.rect(r,o,l,c)}:(n,r,o,l,c)=>{n.rect(o,r,c,l)};return(n,r,o,l,c,u=0,p=0)=>{u==0&&p==0?t(n,r,o,l,c):(u=Kt(u,l/2,c/2),p=Kt(p,l/2,c/2),i(n,r+u,o),e(n,r+l,o,r+l,o+c,u),e(n,r+l,o+c,r,o+c,p),e(n,r,o+c,r,o,p),e(n,r,o,r+l,o,u),n.closePath())}}var Nn=(s,i,e)=>{s.moveTo(i,e)},Dn=(s,i,e)=>{s.moveTo(e,i)},Ti=(s,i,e)=>{s.lineTo(i,e)},Mi=(s,i,e)=>{s.lineTo(e,i)},In=Cl(0),uo=Cl(1),zl=(s,i,e,t,n,r)=>{s.arc(i,e,t,n,r)},Rl=(s,i,e,t,n,r)=>{s.arc(e,i,t,n,r)},Pl=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(i,e,t,n,r,o)},Ll=(s,i,e,t,n,r,o)=>{s.bezierCurveTo(e,i,n,t,o,r)};function Nl(s){return(i,e,t,n,r)=>Zs(i,e,(o,l,c,u,p,f,v,w,S,P,C)=>{let{pxRound:E,points:_}=o,N,T;u.ori==0?(N=Nn,T=zl):(N=Dn,T=Rl);let K=Se(_.width*ge,3),U=(_.size-_.width)/2*ge,te=Se(U*2,3),Q=new Path2D,re=new Path2D,{left:J,top:L,width:B,height:F}=i.bbox;In(re,J-te,L-te,B+te*2,F+te*2);let Z=W=>{if(c[W]!=null){let ae=E(f(l[W],u,P,w)),G=E(v(c[W],p,C,S));N(Q,ae+U,G),T(Q,ae,G,U,0,En*2)}};if(r)r.forEach(Z);else for(let W=t;W<=n;W++)Z(W);return{stroke:K>0?Q:null,fill:Q,clip:re,flags:ki|Zr}})}function Dl(s){return(i,e,t,n,r,o)=>{t!=n&&(r!=t&&o!=t&&s(i,e,t),r!=n&&o!=n&&s(i,e,n),s(i,e,o))}}var Ah=Dl(Ti),Ch=Dl(Mi);function Il(s){let i=me(s?.alignGaps,0);return(e,t,n,r)=>Zs(e,t,(o,l,c,u,p,f,v,w,S,P,C)=>{[n,r]=Cn(c,n,r);let E=o.pxRound,_=F=>E(f(F,u,P,w)),N=F=>E(v(F,p,C,S)),T,K;u.ori==0?(T=Ti,K=Ah):(T=Mi,K=Ch);let U=u.dir*(u.ori==0?1:-1),te={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ki},Q=te.stroke,re=!1;if(r-n>=P*4){let F=V=>e.posToVal(V,u.key,!0),Z=null,W=null,ae,G,ft,Ce=_(l[U==1?n:r]),ue=_(l[n]),xe=_(l[r]),se=F(U==1?ue+1:xe-1);for(let V=U==1?n:r;V>=n&&V<=r;V+=U){let Fe=l[V],ze=(U==1?Fe<se:Fe>se)?Ce:_(Fe),ve=c[V];ze==Ce?ve!=null?(G=ve,Z==null?(T(Q,ze,N(G)),ae=Z=W=G):G<Z?Z=G:G>W&&(W=G)):ve===null&&(re=!0):(Z!=null&&K(Q,Ce,N(Z),N(W),N(ae),N(G)),ve!=null?(G=ve,T(Q,ze,N(G)),Z=W=ae=G):(Z=W=null,ve===null&&(re=!0)),Ce=ze,se=F(Ce+U))}Z!=null&&Z!=W&&ft!=Ce&&K(Q,Ce,N(Z),N(W),N(ae),N(G))}else for(let F=U==1?n:r;F>=n&&F<=r;F+=U){let Z=c[F];Z===null?re=!0:Z!=null&&T(Q,_(l[F]),N(Z))}let[L,B]=lo(e,t);if(o.fill!=null||L!=0){let F=te.fill=new Path2D(Q),Z=o.fillTo(e,t,o.min,o.max,L),W=N(Z),ae=_(l[n]),G=_(l[r]);U==-1&&([G,ae]=[ae,G]),T(F,G,W),T(F,ae,W)}if(!o.spanGaps){let F=[];re&&F.push(...co(l,c,n,r,U,_,i)),te.gaps=F=o.gaps(e,t,n,r,F),te.clip=Ln(F,u.ori,w,S,P,C)}return B!=0&&(te.band=B==2?[ms(e,t,n,r,Q,-1),ms(e,t,n,r,Q,1)]:ms(e,t,n,r,Q,B)),te})}function zh(s){let i=me(s.align,1),e=me(s.ascDesc,!1),t=me(s.alignGaps,0),n=me(s.extend,!1);return(r,o,l,c)=>Zs(r,o,(u,p,f,v,w,S,P,C,E,_,N)=>{[l,c]=Cn(f,l,c);let T=u.pxRound,{left:K,width:U}=r.bbox,te=ue=>T(S(ue,v,_,C)),Q=ue=>T(P(ue,w,N,E)),re=v.ori==0?Ti:Mi,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ki},L=J.stroke,B=v.dir*(v.ori==0?1:-1),F=Q(f[B==1?l:c]),Z=te(p[B==1?l:c]),W=Z,ae=Z;n&&i==-1&&(ae=K,re(L,ae,F)),re(L,Z,F);for(let ue=B==1?l:c;ue>=l&&ue<=c;ue+=B){let xe=f[ue];if(xe==null)continue;let se=te(p[ue]),V=Q(xe);i==1?re(L,se,F):re(L,W,V),re(L,se,V),F=V,W=se}let G=W;n&&i==1&&(G=K+U,re(L,G,F));let[ft,Ce]=lo(r,o);if(u.fill!=null||ft!=0){let ue=J.fill=new Path2D(L),xe=u.fillTo(r,o,u.min,u.max,ft),se=Q(xe);re(ue,G,se),re(ue,ae,se)}if(!u.spanGaps){let ue=[];ue.push(...co(p,f,l,c,B,te,t));let xe=u.width*ge/2,se=e||i==1?xe:-xe,V=e||i==-1?-xe:xe;ue.forEach(Fe=>{Fe[0]+=se,Fe[1]+=V}),J.gaps=ue=u.gaps(r,o,l,c,ue),J.clip=Ln(ue,v.ori,C,E,_,N)}return Ce!=0&&(J.band=Ce==2?[ms(r,o,l,c,L,-1),ms(r,o,l,c,L,1)]:ms(r,o,l,c,L,Ce)),J})}function Qa(s,i,e,t,n,r,o=$e){if(s.length>1){let l=null;for(let c=0,u=1/0;c<s.length;c++)if(i[c]!==void 0){if(l!=null){let p=Ge(s[c]-s[l]);p<u&&(u=p,o=Ge(e(s[c],t,n,r)-e(s[l],t,n,r)))}l=c}}return o}function Rh(s){s=s||Bi;let i=me(s.size,[.6,$e,1]),e=s.align||0,t=s.gap||0,n=s.radius;n=n==null?[0,0]:typeof n=="number"?[n,0]:n;let r=oe(n),o=1-i[0],l=me(i[1],$e),c=me(i[2],1),u=me(s.disp,Bi),p=me(s.each,w=>{}),{fill:f,stroke:v}=u;return(w,S,P,C)=>Zs(w,S,(E,_,N,T,K,U,te,Q,re,J,L)=>{let B=E.pxRound,F=e,Z=t*ge,W=l*ge,ae=c*ge,G,ft;T.ori==0?[G,ft]=r(w,S):[ft,G]=r(w,S);let Ce=T.dir*(T.ori==0?1:-1),ue=T.ori==0?In:uo,xe=T.ori==0?p:(H,ke,Ve,ei,Cs,Xt,zs)=>{p(H,ke,Ve,Cs,ei,zs,Xt)},se=me(w.bands,io).find(H=>H.series[0]==S),V=se!=null?se.dir:0,Fe=E.fillTo(w,S,E.min,E.max,V),at=B(te(Fe,K,L,re)),ze,ve,Ot,_t=J,Pe=B(E.width*ge),Qt=!1,cs=null,Ct=null,vs=null,Qs=null;f!=null&&(Pe==0||v!=null)&&(Qt=!0,cs=f.values(w,S,P,C),Ct=new Map,new Set(cs).forEach(H=>{H!=null&&Ct.set(H,new Path2D)}),Pe>0&&(vs=v.values(w,S,P,C),Qs=new Map,new Set(vs).forEach(H=>{H!=null&&Qs.set(H,new Path2D)})));let{x0:Xs,size:Ri}=u;if(Xs!=null&&Ri!=null){F=1,_=Xs.values(w,S,P,C),Xs.unit==2&&(_=_.map(Ve=>w.posToVal(Q+Ve*J,T.key,!0)));let H=Ri.values(w,S,P,C);Ri.unit==2?ve=H[0]*J:ve=U(H[0],T,J,Q)-U(0,T,J,Q),_t=Qa(_,N,U,T,J,Q,_t),Ot=_t-ve+Z}else _t=Qa(_,N,U,T,J,Q,_t),Ot=_t*o+Z,ve=_t-Ot;Ot<1&&(Ot=0),Pe>=ve/2&&(Pe=0),Ot<5&&(B=ol);let an=Ot>0,Ms=_t-Ot-(an?Pe:0);ve=B(Wr(Ms,ae,W)),ze=(F==0?ve/2:F==Ce?0:ve)-F*Ce*((F==0?Z/2:0)+(an?Pe/2:0));let lt={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Bs=Qt?null:new Path2D,ds=null;if(se!=null)ds=w.data[se.series[1]];else{let{y0:H,y1:ke}=u;H!=null&&ke!=null&&(N=ke.values(w,S,P,C),ds=H.values(w,S,P,C))}let As=G*ve,X=ft*ve;for(let H=Ce==1?P:C;H>=P&&H<=C;H+=Ce){let ke=N[H];if(ke==null)continue;if(ds!=null){let gt=ds[H]??0;if(ke-gt==0)continue;at=te(gt,K,L,re)}let Ve=T.distr!=2||u!=null?_[H]:H,ei=U(Ve,T,J,Q),Cs=te(me(ke,Fe),K,L,re),Xt=B(ei-ze),zs=B(ht(Cs,at)),wt=B(Kt(Cs,at)),zt=zs-wt;if(ke!=null){let gt=ke<0?X:As,Ut=ke<0?As:X;Qt?(Pe>0&&vs[H]!=null&&ue(Qs.get(vs[H]),Xt,wt+Tt(Pe/2),ve,ht(0,zt-Pe),gt,Ut),cs[H]!=null&&ue(Ct.get(cs[H]),Xt,wt+Tt(Pe/2),ve,ht(0,zt-Pe),gt,Ut)):ue(Bs,Xt,wt+Tt(Pe/2),ve,ht(0,zt-Pe),gt,Ut),xe(w,S,H,Xt-Pe/2,wt,ve+Pe,zt)}}return Pe>0?lt.stroke=Qt?Qs:Bs:Qt||(lt._fill=E.width==0?E._fill:E._stroke??E._fill,lt.width=0),lt.fill=Qt?Ct:Bs,lt})}function Ph(s,i){let e=me(i?.alignGaps,0);return(t,n,r,o)=>Zs(t,n,(l,c,u,p,f,v,w,S,P,C,E)=>{[r,o]=Cn(u,r,o);let _=l.pxRound,N=G=>_(v(G,p,C,S)),T=G=>_(w(G,f,E,P)),K,U,te;p.ori==0?(K=Nn,te=Ti,U=Pl):(K=Dn,te=Mi,U=Ll);let Q=p.dir*(p.ori==0?1:-1),re=N(c[Q==1?r:o]),J=re,L=[],B=[];for(let G=Q==1?r:o;G>=r&&G<=o;G+=Q)if(u[G]!=null){let Ce=c[G],ue=N(Ce);L.push(J=ue),B.push(T(u[G]))}let F={stroke:s(L,B,K,te,U,_),fill:null,clip:null,band:null,gaps:null,flags:ki},Z=F.stroke,[W,ae]=lo(t,n);if(l.fill!=null||W!=0){let G=F.fill=new Path2D(Z),ft=l.fillTo(t,n,l.min,l.max,W),Ce=T(ft);te(G,J,Ce),te(G,re,Ce)}if(!l.spanGaps){let G=[];G.push(...co(c,u,r,o,Q,N,e)),F.gaps=G=l.gaps(t,n,r,o,G),F.clip=Ln(G,p.ori,S,P,C,E)}return ae!=0&&(F.band=ae==2?[ms(t,n,r,o,Z,-1),ms(t,n,r,o,Z,1)]:ms(t,n,r,o,Z,ae)),F})}function Lh(s){return Ph(Nh,s)}function Nh(s,i,e,t,n,r){let o=s.length;if(o<2)return null;let l=new Path2D;if(e(l,s[0],i[0]),o==2)t(l,s[1],i[1]);else{let c=Array(o),u=Array(o-1),p=Array(o-1),f=Array(o-1);for(let v=0;v<o-1;v++)p[v]=i[v+1]-i[v],f[v]=s[v+1]-s[v],u[v]=p[v]/f[v];c[0]=u[0];for(let v=1;v<o-1;v++)u[v]===0||u[v-1]===0||u[v-1]>0!=u[v]>0?c[v]=0:(c[v]=3*(f[v-1]+f[v])/((2*f[v]+f[v-1])/u[v-1]+(f[v]+2*f[v-1])/u[v]),isFinite(c[v])||(c[v]=0));c[o-1]=u[o-2];for(let v=0;v<o-1;v++)n(l,s[v]+f[v]/3,i[v]+c[v]*f[v]/3,s[v+1]-f[v]/3,i[v+1]-c[v+1]*f[v]/3,s[v+1],i[v+1])}return l}var Yr=new Set;function Xa(){for(let s of Yr)s.syncRect(!0)}Ei&&(Ks(fu,_i,Xa),Ks(gu,_i,Xa,!0),Ks(Tn,_i,()=>{De.pxRatio=ge}));var Dh=Il(),Ih=Nl();function Ba(s,i,e,t){return(t?[s[0],s[1]].concat(s.slice(2)):[s[0]].concat(s.slice(1))).map((r,o)=>Jr(r,o,i,e))}function Hh(s,i){return s.map((e,t)=>t==0?{}:Oe({},i,e))}function Jr(s,i,e,t){return Oe({},i==0?e:t,s)}function Hl(s,i,e){return i==null?$i:[i,e]}var Oh=Hl;function Uh(s,i,e){return i==null?$i:Mn(i,e,to,!0)}function Ol(s,i,e,t){return i==null?$i:zn(i,e,s.scales[t].log,!1)}var Fh=Ol;function Ul(s,i,e,t){return i==null?$i:eo(i,e,s.scales[t].log,!1)}var Vh=Ul;function jh(s,i,e,t,n){let r=ht(za(s),za(i)),o=i-s,l=Wt(n/t*o,e);do{let c=e[l],u=t*c/o;if(u>=n&&r+(c<5?ks.get(c):0)<=17)return[c,u]}while(++l<e.length);return[0,0]}function el(s){let i,e;return s=s.replace(/(\d+)px/,(t,n)=>(i=je((e=+n)*ge))+"px"),[s,i,e]}function Gh(s){s.show&&[s.font,s.labelFont].forEach(i=>{let e=Se(i[2]*ge,1);i[0]=i[0].replace(/[0-9.]+px/,e+"px"),i[1]=e})}function De(s,i,e){let t={mode:me(s.mode,1)},n=t.mode;function r(a,d,h,m){let g=d.valToPct(a);return m+h*(d.dir==-1?1-g:g)}function o(a,d,h,m){let g=d.valToPct(a);return m+h*(d.dir==-1?g:1-g)}function l(a,d,h,m){return d.ori==0?r(a,d,h,m):o(a,d,h,m)}t.valToPosH=r,t.valToPosV=o;let c=!1;t.status=0;let u=t.root=Dt(Qd);if(s.id!=null&&(u.id=s.id),Et(u,s.class),s.title){let a=Dt(eu,u);a.textContent=s.title}let p=Gt("canvas"),f=t.ctx=p.getContext("2d"),v=Dt(tu,u);Ks("click",v,a=>{a.target===S&&(Ee!=ui||Re!=hi)&&st.click(t,a)},!0);let w=t.under=Dt(su,v);v.appendChild(p);let S=t.over=Dt(iu,v);s=Si(s);let P=+me(s.pxAlign,1),C=Ja(P);(s.plugins||[]).forEach(a=>{a.opts&&(s=a.opts(t,s)||s)});let E=s.ms||.001,_=t.series=n==1?Ba(s.series||[],ja,Za,!1):Hh(s.series||[null],qa),N=t.axes=Ba(s.axes||[],Va,Wa,!0),T=t.scales={},K=t.bands=s.bands||[];K.forEach(a=>{a.fill=oe(a.fill||null),a.dir=me(a.dir,-1)});let U=n==2?_[1].facets[0].scale:_[0].scale,te={axes:yd,series:md},Q=(s.drawOrder||["axes","series"]).map(a=>te[a]);function re(a){let d=a.distr==3?h=>ps(h>0?h:a.clamp(t,h,a.min,a.max,a.key)):a.distr==4?h=>Ir(h,a.asinh):a.distr==100?h=>a.fwd(h):h=>h;return h=>{let m=d(h),{_min:g,_max:x}=a,$=x-g;return(m-g)/$}}function J(a){let d=T[a];if(d==null){let h=(s.scales||Bi)[a]||Bi;if(h.from!=null){J(h.from);let m=Oe({},T[h.from],h,{key:a});m.valToPct=re(m),T[a]=m}else{d=T[a]=Oe({},a==U?Ml:Eh,h),d.key=a;let m=d.time,g=d.range,x=Ss(g);if((a!=U||n==2&&!m)&&(x&&(g[0]==null||g[1]==null)&&(g={min:g[0]==null?Ma:{mode:1,hard:g[0],soft:g[0]},max:g[1]==null?Ma:{mode:1,hard:g[1],soft:g[1]}},x=!1),!x&&Pn(g))){let $=g;g=(k,M,D)=>M==null?$i:Mn(M,D,$)}d.range=oe(g||(m?Oh:a==U?d.distr==3?Fh:d.distr==4?Vh:Hl:d.distr==3?Ol:d.distr==4?Ul:Uh)),d.auto=oe(x?!1:d.auto),d.clamp=oe(d.clamp||kh),d._min=d._max=null,d.valToPct=re(d)}}}J("x"),J("y"),n==1&&_.forEach(a=>{J(a.scale)}),N.forEach(a=>{J(a.scale)});for(let a in s.scales)J(a);let L=T[U],B=L.distr,F,Z;L.ori==0?(Et(u,Xd),F=r,Z=o):(Et(u,Bd),F=o,Z=r);let W={};for(let a in T){let d=T[a];(d.min!=null||d.max!=null)&&(W[a]={min:d.min,max:d.max},d.min=d.max=null)}let ae=s.tzDate||(a=>new Date(je(a/E))),G=s.fmtDate||no,ft=E==1?Xu(ae):th(ae),Ce=Oa(ae,Ha(E==1?Qu:eh,G)),ue=Fa(ae,Ua(ih,G)),xe=[],se=t.legend=Oe({},oh,s.legend),V=t.cursor=Oe({},hh,{drag:{y:n==2}},s.cursor),Fe=se.show,at=V.show,ze=se.markers;se.idxs=xe,ze.width=oe(ze.width),ze.dash=oe(ze.dash),ze.stroke=oe(ze.stroke),ze.fill=oe(ze.fill);let ve,Ot,_t,Pe=[],Qt=[],cs,Ct=!1,vs={};if(se.live){let a=_[1]?_[1].values:null;Ct=a!=null,cs=Ct?a(t,1,0):{_:0};for(let d in cs)vs[d]=Xr}if(Fe)if(ve=Gt("table",cu,u),_t=Gt("tbody",null,ve),se.mount(t,ve),Ct){Ot=Gt("thead",null,ve,_t);let a=Gt("tr",null,Ot);Gt("th",null,a);for(var Qs in cs)Gt("th",fa,a).textContent=Qs}else Et(ve,uu),se.live&&Et(ve,du);let Xs={show:!0},Ri={show:!1};function an(a,d){if(d==0&&(Ct||!se.live||n==2))return $i;let h=[],m=Gt("tr",hu,_t,_t.childNodes[d]);Et(m,a.class),a.show||Et(m,Ws);let g=Gt("th",null,m);if(ze.show){let k=Dt(pu,g);if(d>0){let M=ze.width(t,d);M&&(k.style.border=M+"px "+ze.dash(t,d)+" "+ze.stroke(t,d)),k.style.background=ze.fill(t,d)}}let x=Dt(fa,g);a.label instanceof HTMLElement?x.appendChild(a.label):x.textContent=a.label,d>0&&(ze.show||(x.style.color=a.width>0?ze.stroke(t,d):ze.fill(t,d)),lt("click",g,k=>{if(V._lock)return;Ps(k);let M=_.indexOf(a);if((k.ctrlKey||k.metaKey)!=se.isolate){let D=_.some((I,O)=>O>0&&O!=M&&I.show);_.forEach((I,O)=>{O>0&&es(O,D?O==M?Xs:Ri:Xs,!0,He.setSeries)})}else es(M,{show:!a.show},!0,He.setSeries)},!1),si&&lt(ya,g,k=>{V._lock||(Ps(k),es(_.indexOf(a),mi,!0,He.setSeries))},!1));for(var $ in cs){let k=Gt("td",mu,m);k.textContent="--",h.push(k)}return[m,h]}let Ms=new Map;function lt(a,d,h,m=!0){let g=Ms.get(d)||{},x=V.bind[a](t,d,h,m);x&&(Ks(a,d,g[a]=x),Ms.set(d,g))}function Bs(a,d,h){let m=Ms.get(d)||{};for(let g in m)(a==null||g==a)&&(Gr(g,d,m[g]),delete m[g]);a==null&&Ms.delete(d)}let ds=0,As=0,X=0,H=0,ke=0,Ve=0,ei=ke,Cs=Ve,Xt=X,zs=H,wt=0,zt=0,gt=0,Ut=0;t.bbox={};let Xn=!1,ln=!1,ti=!1,Rs=!1,cn=!1,Rt=!1;function Bn(a,d,h){(h||a!=t.width||d!=t.height)&&$o(a,d),ai(!1),ti=!0,ln=!0,li()}function $o(a,d){t.width=ds=X=a,t.height=As=H=d,ke=Ve=0,ad(),ld();let h=t.bbox;wt=h.left=js(ke*ge,.5),zt=h.top=js(Ve*ge,.5),gt=h.width=js(X*ge,.5),Ut=h.height=js(H*ge,.5)}let nd=3;function rd(){let a=!1,d=0;for(;!a;){d++;let h=vd(d),m=bd(d);a=d==nd||h&&m,a||($o(t.width,t.height),ln=!0)}}function od({width:a,height:d}){Bn(a,d)}t.setSize=od;function ad(){let a=!1,d=!1,h=!1,m=!1;N.forEach((g,x)=>{if(g.show&&g._show){let{side:$,_size:k}=g,M=$%2,D=g.label!=null?g.labelSize:0,I=k+D;I>0&&(M?(X-=I,$==3?(ke+=I,m=!0):h=!0):(H-=I,$==0?(Ve+=I,a=!0):d=!0))}}),Ls[0]=a,Ls[1]=h,Ls[2]=d,Ls[3]=m,X-=bs[1]+bs[3],ke+=bs[3],H-=bs[2]+bs[0],Ve+=bs[0]}function ld(){let a=ke+X,d=Ve+H,h=ke,m=Ve;function g(x,$){switch(x){case 1:return a+=$,a-$;case 2:return d+=$,d-$;case 3:return h-=$,h+$;case 0:return m-=$,m+$}}N.forEach((x,$)=>{if(x.show&&x._show){let k=x.side;x._pos=g(k,x._size),x.label!=null&&(x._lpos=g(k,x.labelSize))}})}if(V.dataIdx==null){let a=V.hover,d=a.skip=new Set(a.skip??[]);d.add(void 0);let h=a.prox=oe(a.prox),m=a.bias??=0;V.dataIdx=(g,x,$,k)=>{if(x==0)return $;let M=$,D=h(g,x,$,k)??$e,I=D>=0&&D<$e,O=L.ori==0?X:H,Y=V.left,fe=i[0],he=i[x];if(d.has(he[$])){M=null;let ne=null,q=null,j;if(m==0||m==-1)for(j=$;ne==null&&j-- >0;)d.has(he[j])||(ne=j);if(m==0||m==1)for(j=$;q==null&&j++<he.length;)d.has(he[j])||(q=j);if(ne!=null||q!=null)if(I){let Me=ne==null?-1/0:F(fe[ne],L,O,0),Le=q==null?1/0:F(fe[q],L,O,0),Qe=Y-Me,_e=Le-Y;Qe<=_e?Qe<=D&&(M=ne):_e<=D&&(M=q)}else M=q==null?ne:ne==null?q:$-ne<=q-$?ne:q}else I&&Ge(Y-F(fe[$],L,O,0))>D&&(M=null);return M}}let Ps=a=>{V.event=a};V.idxs=xe,V._lock=!1;let nt=V.points;nt.show=oe(nt.show),nt.size=oe(nt.size),nt.stroke=oe(nt.stroke),nt.width=oe(nt.width),nt.fill=oe(nt.fill);let Bt=t.focus=Oe({},s.focus||{alpha:.3},V.focus),si=Bt.prox>=0,ii=si&&nt.one,Pt=[],ni=[],ri=[];function So(a,d){let h=nt.show(t,d);if(h instanceof HTMLElement)return Et(h,lu),Et(h,a.class),ns(h,-10,-10,X,H),S.insertBefore(h,Pt[d]),h}function ko(a,d){if(n==1||d>0){let h=n==1&&T[a.scale].time,m=a.value;a.value=h?La(m)?Fa(ae,Ua(m,G)):m||ue:m||wh,a.label=a.label||(h?mh:ph)}if(ii||d>0){a.width=a.width==null?1:a.width,a.paths=a.paths||Dh||Eu,a.fillTo=oe(a.fillTo||Th),a.pxAlign=+me(a.pxAlign,P),a.pxRound=Ja(a.pxAlign),a.stroke=oe(a.stroke||null),a.fill=oe(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let h=$h(ht(1,a.width),1),m=a.points=Oe({},{size:h,width:ht(1,h*.2),stroke:a.stroke,space:h*2,paths:Ih,_stroke:null,_fill:null},a.points);m.show=oe(m.show),m.filter=oe(m.filter),m.fill=oe(m.fill),m.stroke=oe(m.stroke),m.paths=oe(m.paths),m.pxAlign=a.pxAlign}if(Fe){let h=an(a,d);Pe.splice(d,0,h[0]),Qt.splice(d,0,h[1]),se.values.push(null)}if(at){xe.splice(d,0,null);let h=null;ii?d==0&&(h=So(a,d)):d>0&&(h=So(a,d)),Pt.splice(d,0,h),ni.splice(d,0,0),ri.splice(d,0,0)}Je("addSeries",d)}function cd(a,d){d=d??_.length,a=n==1?Jr(a,d,ja,Za):Jr(a,d,{},qa),_.splice(d,0,a),ko(_[d],d)}t.addSeries=cd;function dd(a){if(_.splice(a,1),Fe){se.values.splice(a,1),Qt.splice(a,1);let d=Pe.splice(a,1)[0];Bs(null,d.firstChild),d.remove()}at&&(xe.splice(a,1),Pt.splice(a,1)[0].remove(),ni.splice(a,1),ri.splice(a,1)),Je("delSeries",a)}t.delSeries=dd;let Ls=[!1,!1,!1,!1];function ud(a,d){if(a._show=a.show,a.show){let h=a.side%2,m=T[a.scale];m==null&&(a.scale=h?_[1].scale:U,m=T[a.scale]);let g=m.time;a.size=oe(a.size),a.space=oe(a.space),a.rotate=oe(a.rotate),Ss(a.incrs)&&a.incrs.forEach($=>{!ks.has($)&&ks.set($,cl($))}),a.incrs=oe(a.incrs||(m.distr==2?Zu:g?E==1?Ju:Bu:Gs)),a.splits=oe(a.splits||(g&&m.distr==1?ft:m.distr==3?Kr:m.distr==4?vh:gh)),a.stroke=oe(a.stroke),a.grid.stroke=oe(a.grid.stroke),a.ticks.stroke=oe(a.ticks.stroke),a.border.stroke=oe(a.border.stroke);let x=a.values;a.values=Ss(x)&&!Ss(x[0])?oe(x):g?Ss(x)?Oa(ae,Ha(x,G)):La(x)?sh(ae,x):x||Ce:x||fh,a.filter=oe(a.filter||(m.distr>=3&&m.log==10?xh:m.distr==3&&m.log==2?_h:al)),a.font=el(a.font),a.labelFont=el(a.labelFont),a._size=a.size(t,null,d,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(Ls[d]=!0,a._el=Dt(nu,v))}}function Pi(a,d,h,m){let[g,x,$,k]=h,M=d%2,D=0;return M==0&&(k||x)&&(D=d==0&&!g||d==2&&!$?je(Va.size/3):0),M==1&&(g||$)&&(D=d==1&&!x||d==3&&!k?je(Wa.size/2):0),D}let Eo=t.padding=(s.padding||[Pi,Pi,Pi,Pi]).map(a=>oe(me(a,Pi))),bs=t._padding=Eo.map((a,d)=>a(t,d,Ls,0)),tt,Ke=null,qe=null,dn=n==1?_[0].idxs:null,Ft=null,Li=!1;function To(a,d){if(i=a??[],t.data=t._data=i,n==2){tt=0;for(let h=1;h<_.length;h++)tt+=i[h][0].length}else{i.length==0&&(t.data=t._data=i=[[]]),Ft=i[0],tt=Ft.length;let h=i;if(B==2){h=i.slice();let m=h[0]=Array(tt);for(let g=0;g<tt;g++)m[g]=g}t._data=i=h}if(ai(!0),Je("setData"),B==2&&(ti=!0),d!==!1){let h=L;h.auto(t,Li)?er():xs(U,h.min,h.max),Rs=Rs||V.left>=0,Rt=!0,li()}}t.setData=To;function er(){Li=!0;let a,d;n==1&&(tt>0?(Ke=dn[0]=0,qe=dn[1]=tt-1,a=i[0][Ke],d=i[0][qe],B==2?(a=Ke,d=qe):a==d&&(B==3?[a,d]=zn(a,a,L.log,!1):B==4?[a,d]=eo(a,a,L.log,!1):L.time?d=a+je(86400/E):[a,d]=Mn(a,d,to,!0))):(Ke=dn[0]=a=null,qe=dn[1]=d=null)),xs(U,a,d)}let un,oi,tr,sr,ir,nr,rr,or,ar,vt;function Mo(a,d,h,m,g,x){a??=va,h??=io,m??="butt",g??=va,x??="round",a!=un&&(f.strokeStyle=un=a),g!=oi&&(f.fillStyle=oi=g),d!=tr&&(f.lineWidth=tr=d),x!=ir&&(f.lineJoin=ir=x),m!=nr&&(f.lineCap=nr=m),h!=sr&&f.setLineDash(sr=h)}function Ao(a,d,h,m){d!=oi&&(f.fillStyle=oi=d),a!=rr&&(f.font=rr=a),h!=or&&(f.textAlign=or=h),m!=ar&&(f.textBaseline=ar=m)}function lr(a,d,h,m,g=0){if(m.length>0&&a.auto(t,Li)&&(d==null||d.min==null)){let x=me(Ke,0),$=me(qe,m.length-1),k=h.min==null?xu(m,x,$,g,a.distr==3):[h.min,h.max];a.min=Kt(a.min,h.min=k[0]),a.max=ht(a.max,h.max=k[1])}}let Co={min:null,max:null};function hd(){for(let m in T){let g=T[m];W[m]==null&&(g.min==null||W[U]!=null&&g.auto(t,Li))&&(W[m]=Co)}for(let m in T){let g=T[m];W[m]==null&&g.from!=null&&W[g.from]!=null&&(W[m]=Co)}W[U]!=null&&ai(!0);let a={};for(let m in W){let g=W[m];if(g!=null){let x=a[m]=Si(T[m],Au);if(g.min!=null)Oe(x,g);else if(m!=U||n==2)if(tt==0&&x.from==null){let $=x.range(t,null,null,m);x.min=$[0],x.max=$[1]}else x.min=$e,x.max=-$e}}if(tt>0){_.forEach((m,g)=>{if(n==1){let x=m.scale,$=W[x];if($==null)return;let k=a[x];if(g==0){let M=k.range(t,k.min,k.max,x);k.min=M[0],k.max=M[1],Ke=Wt(k.min,i[0]),qe=Wt(k.max,i[0]),qe-Ke>1&&(i[0][Ke]<k.min&&Ke++,i[0][qe]>k.max&&qe--),m.min=Ft[Ke],m.max=Ft[qe]}else m.show&&m.auto&&lr(k,$,m,i[g],m.sorted);m.idxs[0]=Ke,m.idxs[1]=qe}else if(g>0&&m.show&&m.auto){let[x,$]=m.facets,k=x.scale,M=$.scale,[D,I]=i[g],O=a[k],Y=a[M];O!=null&&lr(O,W[k],x,D,x.sorted),Y!=null&&lr(Y,W[M],$,I,$.sorted),m.min=$.min,m.max=$.max}});for(let m in a){let g=a[m],x=W[m];if(g.from==null&&(x==null||x.min==null)){let $=g.range(t,g.min==$e?null:g.min,g.max==-$e?null:g.max,m);g.min=$[0],g.max=$[1]}}}for(let m in a){let g=a[m];if(g.from!=null){let x=a[g.from];if(x.min==null)g.min=g.max=null;else{let $=g.range(t,x.min,x.max,m);g.min=$[0],g.max=$[1]}}}let d={},h=!1;for(let m in a){let g=a[m],x=T[m];if(x.min!=g.min||x.max!=g.max){x.min=g.min,x.max=g.max;let $=x.distr;x._min=$==3?ps(x.min):$==4?Ir(x.min,x.asinh):$==100?x.fwd(x.min):x.min,x._max=$==3?ps(x.max):$==4?Ir(x.max,x.asinh):$==100?x.fwd(x.max):x.max,d[m]=h=!0}}if(h){_.forEach((m,g)=>{n==2?g>0&&d.y&&(m._paths=null):d[m.scale]&&(m._paths=null)});for(let m in d)ti=!0,Je("setScale",m);at&&V.left>=0&&(Rs=Rt=!0)}for(let m in W)W[m]=null}function pd(a){let d=Wr(Ke-1,0,tt-1),h=Wr(qe+1,0,tt-1);for(;a[d]==null&&d>0;)d--;for(;a[h]==null&&h<tt-1;)h++;return[d,h]}function md(){if(tt>0){let a=_.some(d=>d._focus)&&vt!=Bt.alpha;a&&(f.globalAlpha=vt=Bt.alpha),_.forEach((d,h)=>{if(h>0&&d.show&&(zo(h,!1),zo(h,!0),d._paths==null)){let m=vt;vt!=d.alpha&&(f.globalAlpha=vt=d.alpha);let g=n==2?[0,i[h][0].length-1]:pd(i[h]);d._paths=d.paths(t,h,g[0],g[1]),vt!=m&&(f.globalAlpha=vt=m)}}),_.forEach((d,h)=>{if(h>0&&d.show){let m=vt;vt!=d.alpha&&(f.globalAlpha=vt=d.alpha),d._paths!=null&&Ro(h,!1);{let g=d._paths!=null?d._paths.gaps:null,x=d.points.show(t,h,Ke,qe,g),$=d.points.filter(t,h,x,g);(x||$)&&(d.points._paths=d.points.paths(t,h,Ke,qe,$),Ro(h,!0))}vt!=m&&(f.globalAlpha=vt=m),Je("drawSeries",h)}}),a&&(f.globalAlpha=vt=1)}}function zo(a,d){let h=d?_[a].points:_[a];h._stroke=h.stroke(t,a),h._fill=h.fill(t,a)}function Ro(a,d){let h=d?_[a].points:_[a],{stroke:m,fill:g,clip:x,flags:$,_stroke:k=h._stroke,_fill:M=h._fill,_width:D=h.width}=h._paths;D=Se(D*ge,3);let I=null,O=D%2/2;d&&M==null&&(M=D>0?"#fff":k);let Y=h.pxAlign==1&&O>0;if(Y&&f.translate(O,O),!d){let fe=wt-D/2,he=zt-D/2,ne=gt+D,q=Ut+D;I=new Path2D,I.rect(fe,he,ne,q)}d?cr(k,D,h.dash,h.cap,M,m,g,$,x):fd(a,k,D,h.dash,h.cap,M,m,g,$,I,x),Y&&f.translate(-O,-O)}function fd(a,d,h,m,g,x,$,k,M,D,I){let O=!1;M!=0&&K.forEach((Y,fe)=>{if(Y.series[0]==a){let he=_[Y.series[1]],ne=i[Y.series[1]],q=(he._paths||Bi).band;Ss(q)&&(q=Y.dir==1?q[0]:q[1]);let j,Me=null;he.show&&q&&wu(ne,Ke,qe)?(Me=Y.fill(t,fe)||x,j=he._paths.clip):q=null,cr(d,h,m,g,Me,$,k,M,D,I,j,q),O=!0}}),O||cr(d,h,m,g,x,$,k,M,D,I)}let Po=ki|Zr;function cr(a,d,h,m,g,x,$,k,M,D,I,O){Mo(a,d,h,m,g),(M||D||O)&&(f.save(),M&&f.clip(M),D&&f.clip(D)),O?(k&Po)==Po?(f.clip(O),I&&f.clip(I),pn(g,$),hn(a,x,d)):k&Zr?(pn(g,$),f.clip(O),hn(a,x,d)):k&ki&&(f.save(),f.clip(O),I&&f.clip(I),pn(g,$),f.restore(),hn(a,x,d)):(pn(g,$),hn(a,x,d)),(M||D||O)&&f.restore()}function hn(a,d,h){h>0&&(d instanceof Map?d.forEach((m,g)=>{f.strokeStyle=un=g,f.stroke(m)}):d!=null&&a&&f.stroke(d))}function pn(a,d){d instanceof Map?d.forEach((h,m)=>{f.fillStyle=oi=m,f.fill(h)}):d!=null&&a&&f.fill(d)}function gd(a,d,h,m){let g=N[a],x;if(m<=0)x=[0,0];else{let $=g._space=g.space(t,a,d,h,m),k=g._incrs=g.incrs(t,a,d,h,m,$);x=jh(d,h,k,m,$)}return g._found=x}function dr(a,d,h,m,g,x,$,k,M,D){let I=$%2/2;P==1&&f.translate(I,I),Mo(k,$,M,D,k),f.beginPath();let O,Y,fe,he,ne=g+(m==0||m==3?-x:x);h==0?(Y=g,he=ne):(O=g,fe=ne);for(let q=0;q<a.length;q++)d[q]!=null&&(h==0?O=fe=a[q]:Y=he=a[q],f.moveTo(O,Y),f.lineTo(fe,he));f.stroke(),P==1&&f.translate(-I,-I)}function vd(a){let d=!0;return N.forEach((h,m)=>{if(!h.show)return;let g=T[h.scale];if(g.min==null){h._show&&(d=!1,h._show=!1,ai(!1));return}else h._show||(d=!1,h._show=!0,ai(!1));let x=h.side,$=x%2,{min:k,max:M}=g,[D,I]=gd(m,k,M,$==0?X:H);if(I==0)return;let O=g.distr==2,Y=h._splits=h.splits(t,m,k,M,D,I,O),fe=g.distr==2?Y.map(j=>Ft[j]):Y,he=g.distr==2?Ft[Y[1]]-Ft[Y[0]]:D,ne=h._values=h.values(t,h.filter(t,fe,m,I,he),m,I,he);h._rotate=x==2?h.rotate(t,ne,m,I):0;let q=h._size;h._size=It(h.size(t,ne,m,a)),q!=null&&h._size!=q&&(d=!1)}),d}function bd(a){let d=!0;return Eo.forEach((h,m)=>{let g=h(t,m,Ls,a);g!=bs[m]&&(d=!1),bs[m]=g}),d}function yd(){for(let a=0;a<N.length;a++){let d=N[a];if(!d.show||!d._show)continue;let h=d.side,m=h%2,g,x,$=d.stroke(t,a),k=h==0||h==3?-1:1,[M,D]=d._found;if(d.label!=null){let dt=d.labelGap*k,kt=je((d._lpos+dt)*ge);Ao(d.labelFont[0],$,"center",h==2?"top":ga),f.save(),m==1?(g=x=0,f.translate(kt,je(zt+Ut/2)),f.rotate((h==3?-En:En)/2)):(g=je(wt+gt/2),x=kt);let Is=rl(d.label)?d.label(t,a,M,D):d.label;f.fillText(Is,g,x),f.restore()}if(D==0)continue;let I=T[d.scale],O=m==0?gt:Ut,Y=m==0?wt:zt,fe=d._splits,he=I.distr==2?fe.map(dt=>Ft[dt]):fe,ne=I.distr==2?Ft[fe[1]]-Ft[fe[0]]:M,q=d.ticks,j=d.border,Me=q.show?q.size:0,Le=je(Me*ge),Qe=je((d.alignTo==2?d._size-Me-d.gap:d.gap)*ge),_e=d._rotate*-En/180,Ne=C(d._pos*ge),$t=(Le+Qe)*k,ct=Ne+$t;x=m==0?ct:0,g=m==1?ct:0;let Lt=d.font[0],Vt=d.align==1?yi:d.align==2?Lr:_e>0?yi:_e<0?Lr:m==0?"center":h==3?Lr:yi,ss=_e||m==1?"middle":h==2?"top":ga;Ao(Lt,$,Vt,ss);let St=d.font[1]*d.lineGap,Nt=fe.map(dt=>C(l(dt,I,O,Y))),jt=d._values;for(let dt=0;dt<jt.length;dt++){let kt=jt[dt];if(kt!=null){m==0?g=Nt[dt]:x=Nt[dt],kt=""+kt;let Is=kt.indexOf(`
`)==-1?[kt]:kt.split(/\n/gm);for(let ut=0;ut<Is.length;ut++){let Xo=Is[ut];_e?(f.save(),f.translate(g,x+ut*St),f.rotate(_e),f.fillText(Xo,0,0),f.restore()):f.fillText(Xo,g,x+ut*St)}}}q.show&&dr(Nt,q.filter(t,he,a,D,ne),m,h,Ne,Le,Se(q.width*ge,3),q.stroke(t,a),q.dash,q.cap);let is=d.grid;is.show&&dr(Nt,is.filter(t,he,a,D,ne),m,m==0?2:1,m==0?zt:wt,m==0?Ut:gt,Se(is.width*ge,3),is.stroke(t,a),is.dash,is.cap),j.show&&dr([Ne],[1],m==0?1:0,m==0?1:2,m==1?zt:wt,m==1?Ut:gt,Se(j.width*ge,3),j.stroke(t,a),j.dash,j.cap)}Je("drawAxes")}function ai(a){_.forEach((d,h)=>{h>0&&(d._paths=null,a&&(n==1?(d.min=null,d.max=null):d.facets.forEach(m=>{m.min=null,m.max=null})))})}let mn=!1,ur=!1,Ni=[];function xd(){ur=!1;for(let a=0;a<Ni.length;a++)Je(...Ni[a]);Ni.length=0}function li(){mn||(Du(Lo),mn=!0)}function _d(a,d=!1){mn=!0,ur=d,a(t),Lo(),d&&Ni.length>0&&queueMicrotask(xd)}t.batch=_d;function Lo(){if(Xn&&(hd(),Xn=!1),ti&&(rd(),ti=!1),ln){if(Ae(w,yi,ke),Ae(w,"top",Ve),Ae(w,Yi,X),Ae(w,Ji,H),Ae(S,yi,ke),Ae(S,"top",Ve),Ae(S,Yi,X),Ae(S,Ji,H),Ae(v,Yi,ds),Ae(v,Ji,As),p.width=je(ds*ge),p.height=je(As*ge),N.forEach(({_el:a,_show:d,_size:h,_pos:m,side:g})=>{if(a!=null)if(d){let x=g===3||g===0?h:0,$=g%2==1;Ae(a,$?"left":"top",m-x),Ae(a,$?"width":"height",h),Ae(a,$?"top":"left",$?Ve:ke),Ae(a,$?"height":"width",$?H:X),jr(a,Ws)}else Et(a,Ws)}),un=oi=tr=ir=nr=rr=or=ar=sr=null,vt=1,Hi(!0),ke!=ei||Ve!=Cs||X!=Xt||H!=zs){ai(!1);let a=X/Xt,d=H/zs;if(at&&!Rs&&V.left>=0){V.left*=a,V.top*=d,ci&&ns(ci,je(V.left),0,X,H),di&&ns(di,0,je(V.top),X,H);for(let h=0;h<Pt.length;h++){let m=Pt[h];m!=null&&(ni[h]*=a,ri[h]*=d,ns(m,It(ni[h]),It(ri[h]),X,H))}}if(Te.show&&!cn&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=d,Te.height*=d;for(let h in vr)Ae(pi,h,Te[h])}ei=ke,Cs=Ve,Xt=X,zs=H}Je("setSize"),ln=!1}ds>0&&As>0&&(f.clearRect(0,0,p.width,p.height),Je("drawClear"),Q.forEach(a=>a()),Je("draw")),Te.show&&cn&&(fn(Te),cn=!1),at&&Rs&&(Ds(null,!0,!1),Rs=!1),se.show&&se.live&&Rt&&(fr(),Rt=!1),c||(c=!0,t.status=1,Je("ready")),Li=!1,mn=!1}t.redraw=(a,d)=>{ti=d||!1,a!==!1?xs(U,L.min,L.max):li()};function hr(a,d){let h=T[a];if(h.from==null){if(tt==0){let m=h.range(t,d.min,d.max,a);d.min=m[0],d.max=m[1]}if(d.min>d.max){let m=d.min;d.min=d.max,d.max=m}if(tt>1&&d.min!=null&&d.max!=null&&d.max-d.min<1e-16)return;a==U&&h.distr==2&&tt>0&&(d.min=Wt(d.min,i[0]),d.max=Wt(d.max,i[0]),d.min==d.max&&d.max++),W[a]=d,Xn=!0,li()}}t.setScale=hr;let pr,mr,ci,di,No,Do,ui,hi,Io,Ho,Ee,Re,ys=!1,st=V.drag,Ze=st.x,Ye=st.y;at&&(V.x&&(pr=Dt(ou,S)),V.y&&(mr=Dt(au,S)),L.ori==0?(ci=pr,di=mr):(ci=mr,di=pr),Ee=V.left,Re=V.top);let Te=t.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},s.select),pi=Te.show?Dt(ru,Te.over?S:w):null;function fn(a,d){if(Te.show){for(let h in a)Te[h]=a[h],h in vr&&Ae(pi,h,a[h]);d!==!1&&Je("setSelect")}}t.setSelect=fn;function wd(a){if(_[a].show)Fe&&jr(Pe[a],Ws);else if(Fe&&Et(Pe[a],Ws),at){let h=ii?Pt[0]:Pt[a];h!=null&&ns(h,-10,-10,X,H)}}function xs(a,d,h){hr(a,{min:d,max:h})}function es(a,d,h,m){d.focus!=null&&Td(a),d.show!=null&&_.forEach((g,x)=>{x>0&&(a==x||a==null)&&(g.show=d.show,wd(x),n==2?(xs(g.facets[0].scale,null,null),xs(g.facets[1].scale,null,null)):xs(g.scale,null,null),li())}),h!==!1&&Je("setSeries",a,d),m&&Oi("setSeries",t,a,d)}t.setSeries=es;function $d(a,d){Oe(K[a],d)}function Sd(a,d){a.fill=oe(a.fill||null),a.dir=me(a.dir,-1),d=d??K.length,K.splice(d,0,a)}function kd(a){a==null?K.length=0:K.splice(a,1)}t.addBand=Sd,t.setBand=$d,t.delBand=kd;function Ed(a,d){_[a].alpha=d,at&&Pt[a]!=null&&(Pt[a].style.opacity=d),Fe&&Pe[a]&&(Pe[a].style.opacity=d)}let us,_s,Ns,mi={focus:!0};function Td(a){if(a!=Ns){let d=a==null,h=Bt.alpha!=1;_.forEach((m,g)=>{if(n==1||g>0){let x=d||g==0||g==a;m._focus=d?null:x,h&&Ed(g,x?1:Bt.alpha)}}),Ns=a,h&&li()}}Fe&&si&&lt(xa,ve,a=>{V._lock||(Ps(a),Ns!=null&&es(null,mi,!0,He.setSeries))});function ts(a,d,h){let m=T[d];h&&(a=a/ge-(m.ori==1?Ve:ke));let g=X;m.ori==1&&(g=H,a=g-a),m.dir==-1&&(a=g-a);let x=m._min,$=m._max,k=a/g,M=x+($-x)*k,D=m.distr;return D==3?wi(10,M):D==4?Su(M,m.asinh):D==100?m.bwd(M):M}function Md(a,d){let h=ts(a,U,d);return Wt(h,i[0],Ke,qe)}t.valToIdx=a=>Wt(a,i[0]),t.posToIdx=Md,t.posToVal=ts,t.valToPos=(a,d,h)=>T[d].ori==0?r(a,T[d],h?gt:X,h?wt:0):o(a,T[d],h?Ut:H,h?zt:0),t.setCursor=(a,d,h)=>{Ee=a.left,Re=a.top,Ds(null,d,h)};function Oo(a,d){Ae(pi,yi,Te.left=a),Ae(pi,Yi,Te.width=d)}function Uo(a,d){Ae(pi,"top",Te.top=a),Ae(pi,Ji,Te.height=d)}let Di=L.ori==0?Oo:Uo,Ii=L.ori==1?Oo:Uo;function Ad(){if(Fe&&se.live)for(let a=n==2?1:0;a<_.length;a++){if(a==0&&Ct)continue;let d=se.values[a],h=0;for(let m in d)Qt[a][h++].firstChild.nodeValue=d[m]}}function fr(a,d){if(a!=null&&(a.idxs?a.idxs.forEach((h,m)=>{xe[m]=h}):Mu(a.idx)||xe.fill(a.idx),se.idx=xe[0]),Fe&&se.live){for(let h=0;h<_.length;h++)(h>0||n==1&&!Ct)&&Cd(h,xe[h]);Ad()}Rt=!1,d!==!1&&Je("setLegend")}t.setLegend=fr;function Cd(a,d){let h=_[a],m=a==0&&B==2?Ft:i[a],g;Ct?g=h.values(t,a,d)??vs:(g=h.value(t,d==null?null:m[d],a,d),g=g==null?vs:{_:g}),se.values[a]=g}function Ds(a,d,h){Io=Ee,Ho=Re,[Ee,Re]=V.move(t,Ee,Re),V.left=Ee,V.top=Re,at&&(ci&&ns(ci,je(Ee),0,X,H),di&&ns(di,0,je(Re),X,H));let m,g=Ke>qe;us=$e,_s=null;let x=L.ori==0?X:H,$=L.ori==1?X:H;if(Ee<0||tt==0||g){m=V.idx=null;for(let k=0;k<_.length;k++){let M=Pt[k];M!=null&&ns(M,-10,-10,X,H)}si&&es(null,mi,!0,a==null&&He.setSeries),se.live&&(xe.fill(m),Rt=!0)}else{let k,M,D;n==1&&(k=L.ori==0?Ee:Re,M=ts(k,U),m=V.idx=Wt(M,i[0],Ke,qe),D=F(i[0][m],L,x,0));let I=-10,O=-10,Y=0,fe=0,he=!0,ne="",q="";for(let j=n==2?1:0;j<_.length;j++){let Me=_[j],Le=xe[j],Qe=Le==null?null:n==1?i[j][Le]:i[j][1][Le],_e=V.dataIdx(t,j,m,M),Ne=_e==null?null:n==1?i[j][_e]:i[j][1][_e];if(Rt=Rt||Ne!=Qe||_e!=Le,xe[j]=_e,j>0&&Me.show){let $t=_e==null?-10:_e==m?D:F(n==1?i[0][_e]:i[j][0][_e],L,x,0),ct=Ne==null?-10:Z(Ne,n==1?T[Me.scale]:T[Me.facets[1].scale],$,0);if(si&&Ne!=null){let Lt=L.ori==1?Ee:Re,Vt=Ge(Bt.dist(t,j,_e,ct,Lt));if(Vt<us){let ss=Bt.bias;if(ss!=0){let St=ts(Lt,Me.scale),Nt=Ne>=0?1:-1,jt=St>=0?1:-1;jt==Nt&&(jt==1?ss==1?Ne>=St:Ne<=St:ss==1?Ne<=St:Ne>=St)&&(us=Vt,_s=j)}else us=Vt,_s=j}}if(Rt||ii){let Lt,Vt;L.ori==0?(Lt=$t,Vt=ct):(Lt=ct,Vt=$t);let ss,St,Nt,jt,is,dt,kt=!0,Is=nt.bbox;if(Is!=null){kt=!1;let ut=Is(t,j);Nt=ut.left,jt=ut.top,ss=ut.width,St=ut.height}else Nt=Lt,jt=Vt,ss=St=nt.size(t,j);if(dt=nt.fill(t,j),is=nt.stroke(t,j),ii)j==_s&&us<=Bt.prox&&(I=Nt,O=jt,Y=ss,fe=St,he=kt,ne=dt,q=is);else{let ut=Pt[j];ut!=null&&(ni[j]=Nt,ri[j]=jt,Ta(ut,ss,St,kt),ka(ut,dt,is),ns(ut,It(Nt),It(jt),X,H))}}}}if(ii){let j=Bt.prox,Me=Ns==null?us<=j:us>j||_s!=Ns;if(Rt||Me){let Le=Pt[0];Le!=null&&(ni[0]=I,ri[0]=O,Ta(Le,Y,fe,he),ka(Le,ne,q),ns(Le,It(I),It(O),X,H))}}}if(Te.show&&ys)if(a!=null){let[k,M]=He.scales,[D,I]=He.match,[O,Y]=a.cursor.sync.scales,fe=a.cursor.drag;if(Ze=fe._x,Ye=fe._y,Ze||Ye){let{left:he,top:ne,width:q,height:j}=a.select,Me=a.scales[O].ori,Le=a.posToVal,Qe,_e,Ne,$t,ct,Lt=k!=null&&D(k,O),Vt=M!=null&&I(M,Y);Lt&&Ze?(Me==0?(Qe=he,_e=q):(Qe=ne,_e=j),Ne=T[k],$t=F(Le(Qe,O),Ne,x,0),ct=F(Le(Qe+_e,O),Ne,x,0),Di(Kt($t,ct),Ge(ct-$t))):Di(0,x),Vt&&Ye?(Me==1?(Qe=he,_e=q):(Qe=ne,_e=j),Ne=T[M],$t=Z(Le(Qe,Y),Ne,$,0),ct=Z(Le(Qe+_e,Y),Ne,$,0),Ii(Kt($t,ct),Ge(ct-$t))):Ii(0,$)}else br()}else{let k=Ge(Io-No),M=Ge(Ho-Do);if(L.ori==1){let Y=k;k=M,M=Y}Ze=st.x&&k>=st.dist,Ye=st.y&&M>=st.dist;let D=st.uni;D!=null?Ze&&Ye&&(Ze=k>=D,Ye=M>=D,!Ze&&!Ye&&(M>k?Ye=!0:Ze=!0)):st.x&&st.y&&(Ze||Ye)&&(Ze=Ye=!0);let I,O;Ze&&(L.ori==0?(I=ui,O=Ee):(I=hi,O=Re),Di(Kt(I,O),Ge(O-I)),Ye||Ii(0,$)),Ye&&(L.ori==1?(I=ui,O=Ee):(I=hi,O=Re),Ii(Kt(I,O),Ge(O-I)),Ze||Di(0,x)),!Ze&&!Ye&&(Di(0,0),Ii(0,0))}if(st._x=Ze,st._y=Ye,a==null){if(h){if(Qo!=null){let[k,M]=He.scales;He.values[0]=k!=null?ts(L.ori==0?Ee:Re,k):null,He.values[1]=M!=null?ts(L.ori==1?Ee:Re,M):null}Oi(Nr,t,Ee,Re,X,H,m)}if(si){let k=h&&He.setSeries,M=Bt.prox;Ns==null?us<=M&&es(_s,mi,!0,k):us>M?es(null,mi,!0,k):_s!=Ns&&es(_s,mi,!0,k)}}Rt&&(se.idx=m,fr()),d!==!1&&Je("setCursor")}let ws=null;Object.defineProperty(t,"rect",{get(){return ws==null&&Hi(!1),ws}});function Hi(a=!1){a?ws=null:(ws=S.getBoundingClientRect(),Je("syncRect",ws))}function Fo(a,d,h,m,g,x,$){V._lock||ys&&a!=null&&a.movementX==0&&a.movementY==0||(gr(a,d,h,m,g,x,$,!1,a!=null),a!=null?Ds(null,!0,!0):Ds(d,!0,!1))}function gr(a,d,h,m,g,x,$,k,M){if(ws==null&&Hi(!1),Ps(a),a!=null)h=a.clientX-ws.left,m=a.clientY-ws.top;else{if(h<0||m<0){Ee=-10,Re=-10;return}let[D,I]=He.scales,O=d.cursor.sync,[Y,fe]=O.values,[he,ne]=O.scales,[q,j]=He.match,Me=d.axes[0].side%2==1,Le=L.ori==0?X:H,Qe=L.ori==1?X:H,_e=Me?x:g,Ne=Me?g:x,$t=Me?m:h,ct=Me?h:m;if(he!=null?h=q(D,he)?l(Y,T[D],Le,0):-10:h=Le*($t/_e),ne!=null?m=j(I,ne)?l(fe,T[I],Qe,0):-10:m=Qe*(ct/Ne),L.ori==1){let Lt=h;h=m,m=Lt}}M&&(d==null||d.cursor.event.type==Nr)&&((h<=1||h>=X-1)&&(h=js(h,X)),(m<=1||m>=H-1)&&(m=js(m,H))),k?(No=h,Do=m,[ui,hi]=V.move(t,h,m)):(Ee=h,Re=m)}let vr={width:0,height:0,left:0,top:0};function br(){fn(vr,!1)}let Vo,jo,Go,Wo;function Ko(a,d,h,m,g,x,$){ys=!0,Ze=Ye=st._x=st._y=!1,gr(a,d,h,m,g,x,$,!0,!1),a!=null&&(lt(Dr,Fr,qo,!1),Oi(ba,t,ui,hi,X,H,null));let{left:k,top:M,width:D,height:I}=Te;Vo=k,jo=M,Go=D,Wo=I}function qo(a,d,h,m,g,x,$){ys=st._x=st._y=!1,gr(a,d,h,m,g,x,$,!1,!0);let{left:k,top:M,width:D,height:I}=Te,O=D>0||I>0,Y=Vo!=k||jo!=M||Go!=D||Wo!=I;if(O&&Y&&fn(Te),st.setScale&&O&&Y){let fe=k,he=D,ne=M,q=I;if(L.ori==1&&(fe=M,he=I,ne=k,q=D),Ze&&xs(U,ts(fe,U),ts(fe+he,U)),Ye)for(let j in T){let Me=T[j];j!=U&&Me.from==null&&Me.min!=$e&&xs(j,ts(ne+q,j),ts(ne,j))}br()}else V.lock&&(V._lock=!V._lock,Ds(d,!0,a!=null));a!=null&&(Bs(Dr,Fr),Oi(Dr,t,Ee,Re,X,H,null))}function zd(a,d,h,m,g,x,$){if(V._lock)return;Ps(a);let k=ys;if(ys){let M=!0,D=!0,I=10,O,Y;L.ori==0?(O=Ze,Y=Ye):(O=Ye,Y=Ze),O&&Y&&(M=Ee<=I||Ee>=X-I,D=Re<=I||Re>=H-I),O&&M&&(Ee=Ee<ui?0:X),Y&&D&&(Re=Re<hi?0:H),Ds(null,!0,!0),ys=!1}Ee=-10,Re=-10,xe.fill(null),Ds(null,!0,!0),k&&(ys=k)}function Zo(a,d,h,m,g,x,$){V._lock||(Ps(a),er(),br(),a!=null&&Oi(_a,t,Ee,Re,X,H,null))}function Yo(){N.forEach(Gh),Bn(t.width,t.height,!0)}Ks(Tn,_i,Yo);let fi={};fi.mousedown=Ko,fi.mousemove=Fo,fi.mouseup=qo,fi.dblclick=Zo,fi.setSeries=(a,d,h,m)=>{let g=He.match[2];h=g(t,d,h),h!=-1&&es(h,m,!0,!1)},at&&(lt(ba,S,Ko),lt(Nr,S,Fo),lt(ya,S,a=>{Ps(a),Hi(!1)}),lt(xa,S,zd),lt(_a,S,Zo),Yr.add(t),t.syncRect=Hi);let gn=t.hooks=s.hooks||{};function Je(a,d,h){ur?Ni.push([a,d,h]):a in gn&&gn[a].forEach(m=>{m.call(null,t,d,h)})}(s.plugins||[]).forEach(a=>{for(let d in a.hooks)gn[d]=(gn[d]||[]).concat(a.hooks[d])});let Jo=(a,d,h)=>h,He=Oe({key:null,setSeries:!1,filters:{pub:Ra,sub:Ra},scales:[U,_[1]?_[1].scale:null],match:[Pa,Pa,Jo],values:[null,null]},V.sync);He.match.length==2&&He.match.push(Jo),V.sync=He;let Qo=He.key,yr=Al(Qo);function Oi(a,d,h,m,g,x,$){He.filters.pub(a,d,h,m,g,x,$)&&yr.pub(a,d,h,m,g,x,$)}yr.sub(t);function Rd(a,d,h,m,g,x,$){He.filters.sub(a,d,h,m,g,x,$)&&fi[a](null,d,h,m,g,x,$)}t.pub=Rd;function Pd(){yr.unsub(t),Yr.delete(t),Ms.clear(),Gr(Tn,_i,Yo),u.remove(),ve?.remove(),Je("destroy")}t.destroy=Pd;function xr(){Je("init",s,i),To(i||s.data,!1),W[U]?hr(U,W[U]):er(),cn=Te.show&&(Te.width>0||Te.height>0),Rs=Rt=!0,Bn(s.width,s.height)}return _.forEach(ko),N.forEach(ud),e?e instanceof HTMLElement?(e.appendChild(u),xr()):e(t,xr):xr(),t}De.assign=Oe;De.fmtNum=so;De.rangeNum=Mn;De.rangeLog=zn;De.rangeAsinh=eo;De.orient=Zs;De.pxRatio=ge;De.join=Nu;De.fmtDate=no,De.tzDate=Ku;De.sync=Al;{De.addGap=Mh,De.clipGaps=Ln;let s=De.paths={points:Nl};s.linear=Il,s.stepped=zh,s.bars=Rh,s.spline=Lh}function Wh(s){switch(s.number_format){case"comma_decimal":return["en-US","en"];case"decimal_comma":return["de","es","it"];case"space_comma":return["fr","sv","cs"];case"system":return;default:return s.language}}function Kh(s){if(s.time_format==="12")return!0;if(s.time_format==="24")return!1}function ho(s,i){return s.time_zone==="server"&&i?i:Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC"}function Xe(s,i){let e=Wh(s),t=s.number_format==="none",n=new Map,r=ho(s,i),o=Kh(s),l=s.language||"en",c=_=>new Intl.DateTimeFormat(l,{hour12:o,timeZone:r,..._}),u=c({dateStyle:"medium",timeStyle:"short"}),p=c({hour:"numeric",minute:"2-digit"}),f=c({hour:"numeric",minute:"2-digit",second:"2-digit"}),v=c({month:"short",day:"numeric"}),w=c({year:"numeric",month:"short",day:"numeric"}),S=c({weekday:"short",hour:"numeric",minute:"2-digit"}),P=c({year:"numeric",month:"2-digit",day:"2-digit"}),C=c({timeZoneName:"short"}),E=new Intl.RelativeTimeFormat(l,{numeric:"auto"});return{timeZone:r,number(_,N){if(_==null||!Number.isFinite(_))return"—";let T=n.get(N);return T||(T=new Intl.NumberFormat(e,{minimumFractionDigits:N,maximumFractionDigits:N,useGrouping:!t}),n.set(N,T)),T.format(_)},dateTime:_=>u.format(_),time:_=>p.format(_),timeSeconds:_=>f.format(_),date:_=>v.format(_),dateYear:_=>w.format(_),zone:_=>C.formatToParts(_).find(N=>N.type==="timeZoneName")?.value??r,clock:(_,N)=>(P.format(_)===P.format(N)?p:S).format(_),relative(_){let N=Math.max(0,Math.round(_/1e3));if(N<60)return E.format(-N,"second");let T=Math.round(N/60);if(T<60)return E.format(-T,"minute");let K=Math.round(T/60);return K<48?E.format(-K,"hour"):E.format(-Math.round(K/24),"day")}}}function rs(s,i){if(!Number.isFinite(s)||s<0)return"—";let e=Math.floor(s/1e3);if(e<60)return i("duration.seconds",{s:e});let t=Math.floor(e/60);if(t<60)return i("duration.minutes",{m:t});let n=Math.floor(t/60);return n<48?i("duration.hours",{h:n,m:String(t%60).padStart(2,"0")}):i("duration.days",{d:Math.floor(n/24),h:n%24})}function Fl(s,i){if(!Number.isFinite(s))return"—";if(s<6e4)return i("remaining.under_minute");let e=Math.ceil(s/6e4),t=Math.floor(e/60),n=e%60;return t===0?i("remaining.minutes",{m:n}):i("remaining.hours",{h:t,m:String(n).padStart(2,"0")})}function Hn(s){let i=s<0,e=Math.round(Math.abs(s)/60),t=Math.floor(e/60),n=e%60,r=t>=48?Math.floor(t/24):0,o=r>0?String(t%24).padStart(2,"0"):String(t),l=`${r>0?`${r}d `:""}${o}:${String(n).padStart(2,"0")}`;return i?`-${l}`:l}var Vl={"panel.open_sidebar":"Seitenleiste öffnen","panel.back":"Zurück zu den Sitzungen","panel.views":"Brewpit-Ansichten","panel.sessions":"Sitzungen","panel.live":"Live","common.cancel":"Abbrechen","common.close":"Schließen","kind.cook":"Grillen","kind.brew":"Brauen","status.running":"Läuft","status.ended":"Beendet","role.pit":"Garraum","role.meat":"Fleisch","role.wort":"Würze","role.chamber":"Gärkammer","role.gravity":"Stammwürze","role.ambient":"Umgebung","role.other":"Sonstiges","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} T {h} h","remaining.under_minute":"in unter einer Minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filter","list.search_label":"Sitzungen suchen","list.search":"Name, Rezept, Notizen durchsuchen","list.all":"Alle","list.cooks":"Grillsitzungen","list.brews":"Sude","list.status":"Status","list.compare":"Vergleichen ({count})","list.compare_label":"{count} ausgewählte Sitzungen vergleichen","list.new":"Neue Sitzung","list.sessions":"Sitzungen","list.loading":"Sitzungen werden geladen…","list.none":"Keine passenden Sitzungen. Starte eine mit „Neue Sitzung“.","list.select":"{name} zum Vergleich auswählen","list.channels":"{count, plural, one {# Kanal} other {# Kanäle}}","list.max":"{label} max. {value}","form.title":"Neue Sitzung","form.name":"Name","form.kind":"Art","form.recipe":"Rezept","form.og":"Stammwürze (SG)","form.probes":"Fühler","form.loading_probes":"Fühler werden geladen…","form.no_probes":"Noch keine Fühler bekannt; zuerst einen Edge-Knoten koppeln.","form.no_reading":"kein Messwert","form.other_probes":"{count, plural, one {# weiterer Fühler} other {# weitere Fühler}} (beim {kind} unüblich)","form.other_roles":"Andere Rollen","form.role_of":"Rolle von {probe}","form.target_of":"Zielwert von {probe} in {unit}","form.target_placeholder":"Ziel {unit}","form.in_use":"Wird in {sessions} verwendet (läuft)","form.share":"Auch hier verwenden (geteilt mit {sessions})","form.confirm_share_first":"{probe} gehört schon zu einer laufenden Sitzung: Teilen bestätigen oder weglassen.","form.start":"Sitzung starten","detail.loading":"Sitzung wird geladen…","detail.live_unavailable":"Live-Daten nicht verfügbar: {error}","detail.export_csv":"CSV exportieren","detail.export_failed":"Der CSV-Export ist fehlgeschlagen (HTTP {status}).","detail.started":"Begonnen {time}","detail.ended":"beendet {time}","detail.chart":"Diagramm","detail.chart_of":"Diagramm {name}","detail.pan_earlier":"Früher","detail.pan_later":"Später","detail.zoom_in":"Vergrößern","detail.zoom_out":"Verkleinern","detail.reset_zoom":"Zoom zurücksetzen","detail.back_to_live":"Zurück zu live","detail.range_live":"Live · ganze Sitzung","detail.range_live_window":"Live · letzte {duration}","detail.range_whole":"Ganze Sitzung","detail.downsampled":"verdichtet","detail.no_channels":"Diese Sitzung hat noch keine Kanäle.","detail.end":"Sitzung beenden","detail.confirm_end":"Beenden bestätigen","detail.confirm_end_group":"Beenden der Sitzung bestätigen","figures.title":"Kennzahlen","figures.title_in_view":"Kennzahlen im Ausschnitt","figures.channel":"Kanal","figures.now":"Jetzt","figures.min":"Min.","figures.max":"Max.","figures.target":"Ziel","notes.title":"Notizen und Warnungen","notes.text":"Notiztext","notes.placeholder":"Notiz hinzufügen, z. B. in Metzgerpapier gewickelt","notes.add":"Notiz hinzufügen","notes.at_picked":"Um {time} (im Diagramm gewählt)","notes.use_now":"jetzt verwenden","notes.at_now":"Zur aktuellen Zeit; ins Diagramm klicken, um einen anderen Zeitpunkt zu wählen.","notes.none":"Noch keine Notizen.","notes.kind.note":"Notiz","notes.kind.alert":"Warnung","notes.kind.event":"Ereignis","predictions.probe":"Fühler {id}","predictions.reached":"Ziel erreicht","predictions.reached_at":"erreicht um {time}","predictions.soon":"Bald fertig","predictions.band":"zwischen {low} und {high}","predictions.stall_on":"Im Plateau seit {time} ({duration})","predictions.stall_over":"{duration} im Plateau, steigt wieder seit {time}","predictions.gravity":"Dichte {value}","predictions.attenuation":"{value} % Vergärungsgrad","predictions.abv":"{value} % Alkohol","predictions.finished":"Fertig","eta.reason.warming_up":"wärmt sich auf","eta.reason.stall":"im Plateau — Schätzung folgt, sobald die Temperatur wieder steigt","eta.reason.no_progress":"erwärmt sich noch nicht messbar","eta.reason.no_pit":"braucht einen Garraumfühler in dieser Sitzung","eta.reason.pit_below_target":"der Garraum ist zu kühl für das Ziel","eta.reason.fit_poor":"Messwerte noch zu unruhig für eine Schätzung","eta.reason.too_far":"mehr als 12 Stunden entfernt","eta.reason.no_target":"kein Ziel gesetzt","eta.reason.other":"noch keine Schätzung","chart.role":"Diagramm","chart.hint":"Ziehen zum Zoomen; Pfeiltasten verschieben, Plus und Minus zoomen, 0 setzt zurück.","chart.legend":"Legende","chart.elapsed_axis":"Dauer (h:mm)","chart.target":"{label} Ziel {value}","chart.eta":"fertig {time}","chart.reached":"erreicht","chart.stall":"Plateau","chart.stall_of":"{label}: Plateau","compare.pick":"Zwei oder mehr Sitzungen in der Liste wählen, um sie zu vergleichen.","compare.go_to_sessions":"Zu den Sitzungen","compare.title":"{count} Sitzungen vergleichen","compare.role_compared":"{role} im Vergleich","compare.chart_label":"{role} von {count} Sitzungen nach Dauer","compare.nothing":"Diese Sitzungen haben keine vergleichbaren Kanäle.","live.loading":"Fühler werden geladen…","live.no_probes":"Noch keine Fühler. Einen Edge-Knoten koppeln, um ihn hier zu sehen.","live.node":"Knoten {name}","live.unavailable":"Nicht verfügbar","live.last_seen":"zuletzt gesehen {when}","live.never_seen":"nie gesehen","panel.devices":"Geräte","panel.hydrometers":"Spindeln","empty.open_devices":"Zu „Geräte“, um einen zu koppeln","empty.open_hydrometers":"Eine Spindel einrichten","form.edit_title":"Sitzung bearbeiten","form.notes":"Notizen","form.save":"Änderungen speichern","form.bad_target":"Das Ziel von {probe} ist keine Zahl.","detail.edit":"Bearbeiten","detail.delete":"Löschen","detail.confirm_delete":"Endgültig löschen","detail.confirm_delete_group":"Löschen der Sitzung bestätigen","detail.delete_consequence":"Löscht die Sitzung, ihre Notizen und Alarme; die Messwerte bleiben bei ihren Geräten.","devices.title":"Geräte","devices.admin_only":"Nur Administratoren können Geräte sehen und ändern.","devices.loading":"Geräte werden geladen…","devices.none":"Noch keine Geräte. Koppel einen Edge-Knoten mit „Knoten koppeln“ oder richte auf der Seite „Spindeln“ eine Spindel ein.","devices.pair":"Knoten koppeln","devices.pair_title":"Knoten koppeln","devices.pair_code":"Einmal-Code","devices.pair_expires":"gültig noch {m}:{s}","devices.pair_expired":"abgelaufen; neuen Code holen","devices.pair_run":"Auf dem Pi ausführen:","devices.pair_then":"Dann den Knoten neu starten: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Warte auf den Knoten… er erscheint unten von selbst.","devices.pair_new_code":"Neuer Code","devices.copy":"Kopieren","devices.copied":"Kopiert","devices.kind_edge":"Edge-Knoten","devices.kind_hydrometer":"Spindel","devices.online":"Online","devices.silent":"Stumm","devices.never":"Nie gesehen","devices.just_paired":"Gerade gekoppelt","devices.last_seen":"Zuletzt gesehen","devices.outbox":"Ungesendete Messwerte","devices.oldest":"ältester {time}","devices.dropped":"Verworfene Messwerte","devices.version":"Software","devices.no_sensors":"Noch keine Sensoren gemeldet.","devices.rename":"Umbenennen","devices.new_name":"Neuer Name","devices.save":"Speichern","devices.rotate":"Neues Token","devices.rotate_consequence":"Das aktuelle Token des Knotens wird sofort ungültig. Das neue muss auf den Knoten (oder ihn neu koppeln), sonst sendet er keine Messwerte.","devices.confirm_rotate":"Token ersetzen","devices.token_shown_once":"Neues Token (nur jetzt sichtbar; in die Token-Datei des Knotens schreiben):","devices.remove":"Entfernen","devices.remove_consequence":"Entfernen löscht das Gerät mit allen Messwerten seiner Sensoren, seinen Befehlen, seiner Spindel-Zuordnung und Kalibrierung sowie sein Home-Assistant-Gerät und dessen Entitäten. Sein Token wird ungültig. Sitzungen bleiben, ohne die Daten dieses Geräts.","devices.confirm_remove":"Endgültig entfernen","hydro.title":"Spindeln","hydro.gateways":"Gateways","hydro.gateways_help":"Ein Gateway ist ein Token, mit dem iSpindel, Tilt oder GravityMon senden. Lege eines an und trage die URL für deinen Gerätetyp in dessen Einstellungen ein.","hydro.gateway_name":"Name des Gateways","hydro.create":"Gateway anlegen","hydro.no_gateways":"Noch kein Gateway: lege eines an, um die URLs zu erhalten.","hydro.urls":"URLs für „{name}“ (sie enthalten das Token und werden nur jetzt gezeigt):","hydro.device_type":"Gerät","hydro.url":"URL","hydro.where":"Wo eintragen","hydro.where.ispindel":"iSpindel: Diensttyp HTTP, volle URL unter Path","hydro.where.tilt":"Tilt-App oder TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon und andere Brewfather-Streams: eigene Stream-URL","hydro.delete_gateway":"Löschen","hydro.delete_gateway_consequence":"Spindeln mit diesem Token werden ab jetzt abgewiesen; ihre Daten bleiben.","hydro.list":"Spindeln","hydro.none":"Noch hat keine Spindel gesendet. Sie erscheint hier nach ihrem ersten Wert.","hydro.gravity":"Dichte","hydro.battery":"Akku","hydro.signal":"Signal","hydro.calibrate":"Kalibrieren","hydro.cal_title":"{name} kalibrieren","hydro.cal_help":"Trage Paare aus Spindel-Anzeige und wahrer Dichte ein (Refraktometer oder Referenzspindel). Ab drei Paaren wird eine Kurve angepasst.","hydro.cal_input":"Die Spindel misst","hydro.cal_input.angle":"Neigungswinkel (°)","hydro.cal_input.gravity":"Dichte (SG)","hydro.cal_raw":"Anzeige","hydro.cal_actual":"Wahre Dichte (SG)","hydro.cal_add":"Paar hinzufügen","hydro.cal_remove":"Paar {n} entfernen","hydro.cal_residual":"Abweichung","hydro.cal_fit":"Angepasst: {formula} (R² {r2})","hydro.cal_none":"Noch nicht kalibriert.","hydro.cal_save":"Speichern und anpassen","hydro.cal_export":"Exportieren","hydro.cal_import":"Importieren","hydro.cal_import_label":"Zu importierende Kalibrierung (JSON)","hydro.cal_bad_pair":"Paar {n} braucht zwei Zahlen.","hydro.cal_saved":"Gespeichert; neue Messwerte werden ab jetzt kalibriert."};var po={"panel.open_sidebar":"Open the sidebar","panel.back":"Back to sessions","panel.views":"Brewpit views","panel.sessions":"Sessions","panel.live":"Live","common.cancel":"Cancel","common.close":"Close","kind.cook":"Cook","kind.brew":"Brew","status.running":"Running","status.ended":"Ended","role.pit":"Pit","role.meat":"Meat","role.wort":"Wort","role.chamber":"Chamber","role.gravity":"Gravity","role.ambient":"Ambient","role.other":"Other","duration.seconds":"{s} s","duration.minutes":"{m} min","duration.hours":"{h} h {m} min","duration.days":"{d} d {h} h","remaining.under_minute":"in under a minute","remaining.minutes":"in {m} min","remaining.hours":"in {h} h {m} min","list.filters":"Filters","list.search_label":"Search sessions","list.search":"Search name, recipe, notes","list.all":"All","list.cooks":"Cooks","list.brews":"Brews","list.status":"Status","list.compare":"Compare ({count})","list.compare_label":"Compare {count} selected sessions","list.new":"New session","list.sessions":"Sessions","list.loading":"Loading sessions…","list.none":"No sessions match. Start one with “New session”.","list.select":"Select {name} for comparison","list.channels":"{count, plural, one {# channel} other {# channels}}","list.max":"{label} max {value}","form.title":"New session","form.name":"Name","form.kind":"Kind","form.recipe":"Recipe","form.og":"Original gravity","form.probes":"Probes","form.loading_probes":"Loading probes…","form.no_probes":"No probes known yet: pair an edge node on the Devices page.","form.no_reading":"no reading","form.other_probes":"{count, plural, one {# more probe} other {# more probes}} (not usual in a {kind})","form.other_roles":"Other roles","form.role_of":"Role of {probe}","form.target_of":"Target of {probe} in {unit}","form.target_placeholder":"target {unit}","form.in_use":"In use in {sessions} (running)","form.share":"Also use it here (shared with {sessions})","form.confirm_share_first":"{probe} is already part of a running session: confirm sharing it, or leave it out.","form.start":"Start session","detail.loading":"Loading session…","detail.live_unavailable":"Live updates unavailable: {error}","detail.export_csv":"Export CSV","detail.export_failed":"The CSV export failed (HTTP {status}).","detail.started":"Started {time}","detail.ended":"ended {time}","detail.og":"OG {value}","detail.chart":"Chart","detail.chart_of":"{name} chart","detail.pan_earlier":"Pan earlier","detail.pan_later":"Pan later","detail.zoom_in":"Zoom in","detail.zoom_out":"Zoom out","detail.reset_zoom":"Reset zoom","detail.back_to_live":"Back to live","detail.range_live":"Live · whole session","detail.range_live_window":"Live · last {duration}","detail.range_whole":"Whole session","detail.downsampled":"downsampled","detail.no_channels":"This session has no channels yet.","detail.end":"End session","detail.confirm_end":"Confirm end","detail.confirm_end_group":"Confirm ending the session","figures.title":"Key figures","figures.title_in_view":"Key figures in view","figures.channel":"Channel","figures.now":"Now","figures.min":"Min","figures.max":"Max","figures.target":"Target","notes.title":"Notes and alerts","notes.text":"Note text","notes.placeholder":"Add a note, e.g. wrapped in butcher paper","notes.add":"Add note","notes.at_picked":"At {time} (picked on the chart)","notes.use_now":"use now","notes.at_now":"At the current time; click the chart to pick another moment.","notes.none":"No notes yet.","notes.kind.note":"note","notes.kind.alert":"alert","notes.kind.event":"event","predictions.probe":"Probe {id}","predictions.reached":"Target reached","predictions.reached_at":"reached at {time}","predictions.soon":"Done soon","predictions.band":"between {low} and {high}","predictions.stall_on":"In the stall since {time} ({duration})","predictions.stall_over":"Stalled for {duration}, climbing again since {time}","predictions.gravity":"Gravity {value}","predictions.attenuation":"{value} % attenuation","predictions.abv":"{value} % ABV","predictions.finished":"Finished","eta.reason.warming_up":"warming up","eta.reason.stall":"in the stall — estimate resumes when the temperature climbs again","eta.reason.no_progress":"not heating up measurably yet","eta.reason.no_pit":"needs a pit probe in this session","eta.reason.pit_below_target":"the pit is not hot enough to reach the target","eta.reason.fit_poor":"readings too uneven for an estimate yet","eta.reason.too_far":"more than 12 hours away","eta.reason.no_target":"no target set","eta.reason.other":"no estimate yet","chart.role":"chart","chart.hint":"Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.","chart.legend":"Legend","chart.elapsed_axis":"Elapsed (h:mm)","chart.target":"{label} target {value}","chart.target_note":"{label} {value} · {note}","chart.eta":"ETA {time}","chart.reached":"reached","chart.stall":"Stall","chart.stall_of":"{label}: stall","compare.pick":"Pick two or more sessions in the list to compare them.","compare.go_to_sessions":"Go to sessions","compare.title":"Compare {count} sessions","compare.role_compared":"{role} compared","compare.chart_label":"{role} of {count} sessions by elapsed time","compare.nothing":"These sessions have no channels to compare.","live.loading":"Loading probes…","live.no_probes":"No probes yet: pair an edge node on the Devices page to see it here.","live.node":"Node {name}","live.unavailable":"Unavailable","live.last_seen":"last seen {when}","live.never_seen":"never seen","panel.devices":"Devices","panel.hydrometers":"Hydrometers","empty.open_devices":"Open Devices to pair one","empty.open_hydrometers":"Set up a hydrometer","form.edit_title":"Edit session","form.notes":"Notes","form.save":"Save changes","form.bad_target":"The target of {probe} is not a number.","detail.edit":"Edit","detail.delete":"Delete","detail.confirm_delete":"Delete for good","detail.confirm_delete_group":"Confirm deleting the session","detail.delete_consequence":"Deletes the session, its notes and alerts; the readings stay with their devices.","devices.title":"Devices","devices.admin_only":"Only administrators can see and change devices.","devices.loading":"Loading devices…","devices.none":"No devices yet. Pair an edge node with “Pair a node”, or set up a hydrometer on the Hydrometers page.","devices.pair":"Pair a node","devices.pair_title":"Pair a node","devices.pair_code":"One-time code","devices.pair_expires":"valid for {m}:{s}","devices.pair_expired":"expired; get a new code","devices.pair_run":"On the Pi, run:","devices.pair_then":"Then restart the node: sudo systemctl restart brewpit-edge","devices.pair_waiting":"Waiting for the node… it appears below by itself.","devices.pair_new_code":"New code","devices.copy":"Copy","devices.copied":"Copied","devices.kind_edge":"Edge node","devices.kind_hydrometer":"Hydrometer","devices.online":"Online","devices.silent":"Silent","devices.never":"Never seen","devices.just_paired":"Just paired","devices.last_seen":"Last seen","devices.outbox":"Unsent readings","devices.oldest":"oldest {time}","devices.dropped":"Dropped readings","devices.version":"Software","devices.no_sensors":"No sensors reported yet.","devices.rename":"Rename","devices.new_name":"New name","devices.save":"Save","devices.rotate":"New token","devices.rotate_consequence":"The node’s current token stops working at once. Put the new one on the node (or pair it again), or it cannot send readings.","devices.confirm_rotate":"Replace the token","devices.token_shown_once":"New token (shown once; write it to the node’s token file):","devices.remove":"Remove","devices.remove_consequence":"Removing deletes the device with all its sensors’ readings, its commands, its hydrometer mapping and calibration, and its Home Assistant device and entities. Its token stops working. Sessions stay, without this device’s channels’ data.","devices.confirm_remove":"Remove for good","hydro.title":"Hydrometers","hydro.gateways":"Gateways","hydro.gateways_help":"A gateway is a token your iSpindel, Tilt or GravityMon posts with. Create one, then paste the URL for your device type into its settings.","hydro.gateway_name":"Gateway name","hydro.create":"Create gateway","hydro.no_gateways":"No gateway yet: create one to get the URLs to paste.","hydro.urls":"URLs for “{name}” (the token is in them and shown only now):","hydro.device_type":"Device","hydro.url":"URL","hydro.where":"Where to paste it","hydro.where.ispindel":"iSpindel: Service type HTTP, full URL in Path","hydro.where.tilt":"Tilt app or TiltPi: Cloud URL","hydro.where.brewfather":"GravityMon and other Brewfather-style streams: custom stream URL","hydro.delete_gateway":"Delete","hydro.delete_gateway_consequence":"Hydrometers posting with this token are refused from now on; their data stays.","hydro.list":"Hydrometers","hydro.none":"No hydrometer has posted yet. It appears here after its first post.","hydro.gravity":"Gravity","hydro.battery":"Battery","hydro.signal":"Signal","hydro.calibrate":"Calibrate","hydro.cal_title":"Calibrate {name}","hydro.cal_help":"Enter pairs of what the hydrometer read and the true gravity (from a refractometer or a reference hydrometer). Three or more pairs fit a curve.","hydro.cal_input":"The hydrometer reads","hydro.cal_input.angle":"tilt angle (°)","hydro.cal_input.gravity":"gravity (SG)","hydro.cal_raw":"Reading","hydro.cal_actual":"True gravity (SG)","hydro.cal_add":"Add a pair","hydro.cal_remove":"Remove pair {n}","hydro.cal_residual":"Residual","hydro.cal_fit":"Fitted: {formula} (R² {r2})","hydro.cal_none":"Not calibrated yet.","hydro.cal_save":"Save and fit","hydro.cal_export":"Export","hydro.cal_import":"Import","hydro.cal_import_label":"Calibration to import (JSON)","hydro.cal_bad_pair":"Pair {n} needs two numbers.","hydro.cal_saved":"Saved; new readings are calibrated from now on."};var mo={en:po,de:Vl};function qh(s){let i=(s||"en").toLowerCase();if(mo[i])return i;let e=i.split(/[-_]/)[0];return mo[e]?e:"en"}function Gl(s,i){let e=0;for(let t=i;t<s.length;t++)if(s[t]==="{")e++;else if(s[t]==="}"&&--e===0)return t;return-1}function Zh(s){let i=new Map,e=0;for(;e<s.length;){let t=s.indexOf("{",e);if(t<0)break;let n=Gl(s,t);if(n<0)break;i.set(s.slice(e,t).trim(),s.slice(t+1,n)),e=n+1}return i}function Wl(s,i,e,t){let n="",r=0;for(;r<s.length;){let o=s.indexOf("{",r);if(o<0){n+=s.slice(r);break}n+=s.slice(r,o);let l=Gl(s,o);if(l<0){n+=s.slice(o);break}let c=s.slice(o+1,l),u=c.indexOf(",");if(u<0){let p=i[c.trim()];n+=p===void 0?"":String(p)}else{let p=c.slice(0,u).trim(),f=c.slice(u+1),v=f.slice(f.indexOf(",")+1),w=Number(i[p]??0),S=Zh(v),P=S.get(`=${w}`)??S.get(e.select(w))??S.get("other")??"";n+=Wl(P.replace(/#/g,t(w)),i,e,t)}r=l+1}return n}var jl=new Map;function le(s){let i=qh(s),e=jl.get(i);if(e)return e;let t=mo[i],n=new Intl.PluralRules(i),r=new Intl.NumberFormat(i),o=l=>r.format(l);return e=(l,c={})=>Wl(t[l]??po[l],c,n,o),jl.set(i,e),e}function Ie(s){return s.locale?.language||s.language||"en"}var Kl=["#4269d0","#f4bd4a","#ff725c","#6cc5b0","#a463f2","#ff8ab7","#9c6b4e","#97bbf5","#01ab63","#9498a0","#094bad","#c99000","#d84f3e","#49a28f","#048732"];function On(s){let i=(e,t)=>s(e).trim()||t;return{series:Kl.map((e,t)=>i(`--graph-color-${t+1}`,e)),text:i("--secondary-text-color","#727272"),grid:i("--divider-color","rgba(0, 0, 0, 0.12)"),axis:i("--secondary-text-color","#727272"),background:i("--card-background-color","#ffffff"),note:i("--primary-color","#03a9f4"),alert:i("--error-color","#db4437"),event:i("--secondary-text-color","#727272"),stall:i("--warning-color","#ffa600"),warning:i("--warning-color","#ffa600"),success:i("--success-color","#43a047")}}function fs(s,i){let e=s.series.length?s.series:Kl;return e[(i%e.length+e.length)%e.length]}var Yh=64;function Jh(s,i){for(let e=0;e<=Yh;e++)for(let t of[s[i-e],s[i+e]]){if(t!=null)return t;if(t===null)return null}return null}var qt=class extends ie{constructor(){super(...arguments);this.t=le("en");this.hover=null}render(){let e=this.model,t=this.theme;if(!e||!t)return A;let n=this.hover,r=this.formatters,o=n===null?null:e.xs[n],l=o==null?null:e.xMode==="time"?r?.dateTime(o*1e3)??"":Hn(o);return y`<ul aria-label=${this.t("chart.legend")}>
      ${l?y`<li class="when">${l}</li>`:A}
      ${e.series.map((c,u)=>{let p=n===null?this.detail?.(u):void 0,f=n===null?null:Jh(c.values,n);return y`<li>
          <span
            class="swatch ${c.dash?"dashed":""}"
            style=${`--c:${fs(t,c.colorIndex)}`}
          ></span>
          <span class="name">${c.label}</span>
          ${p?y`<span class="detail">${p}</span>`:A}
          ${n===null?A:y`<span class="value">
                  ${f==null?"—":`${r?r.number(f,c.decimals):f} ${c.unit}`}
                </span>`}
        </li>`})}
    </ul>`}};qt.styles=ye`
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      font-size: 0.875rem;
      min-block-size: 1.5em;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .when,
    .detail {
      color: var(--secondary-text-color);
    }
    .detail {
      font-size: 0.8125rem;
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .swatch {
      inline-size: 14px;
      block-size: 0;
      border-block-start: 3px solid var(--c);
    }
    .swatch.dashed {
      border-block-start-style: dashed;
    }
  `,b([z({attribute:!1})],qt.prototype,"model",2),b([z({attribute:!1})],qt.prototype,"theme",2),b([z({attribute:!1})],qt.prototype,"formatters",2),b([z({attribute:!1})],qt.prototype,"t",2),b([z({attribute:!1})],qt.prototype,"detail",2),b([z({attribute:!1})],qt.prototype,"hover",2),qt=b([pe("brewpit-chart-legend")],qt);var ql='.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: ":";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline "background" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}';var Zl=[yn(ql),ye`
    :host {
      display: block;
      color: var(--primary-text-color);
    }
    .wrap {
      border-radius: 4px;
      outline: none;
    }
    .wrap:focus-visible {
      box-shadow: 0 0 0 2px var(--primary-color);
    }
    .plot {
      inline-size: 100%;
      min-block-size: 120px;
    }
    .uplot {
      font-family: inherit;
      inline-size: 100% !important;
    }
    .u-select {
      background: color-mix(in srgb, var(--primary-color) 18%, transparent);
    }
    .u-cursor-x,
    .u-cursor-y {
      border-color: var(--secondary-text-color) !important;
    }
  `];var tn=86400;function Yl(s){let i=new Set;for(let e of s)if(e){if(i.has(e))return!0;i.add(e)}return!1}function fo(s){let i=new Set;return s.map(e=>i.has(e)?"":(i.add(e),e))}function Jl(s,i,e){if(i>=tn){let o=s.map(l=>e.date(l*1e3));return fo(Yl(o)?s.map(l=>e.dateYear(l*1e3)):o)}let t=o=>{let l="";return s.map(c=>{let u=c*1e3,p=e.date(u),f=p!==l?`${o(u)}
${p}`:o(u);return l=p,f})},n=[i<60?e.timeSeconds:e.time,e.timeSeconds,o=>`${e.timeSeconds(o)} ${e.zone(o)}`],r=[];for(let o of n)if(r=t(o),!Yl(r))return r;return fo(r)}var Ql=[60,300,600,900,1800,3600,7200,10800,21600,43200,tn,2*tn,7*tn,14*tn];function Xl(s){return fo(s.map(i=>Hn(i)))}function Bl(s,i,e=0){return s.x-e<i.x+i.w&&i.x<s.x+s.w+e&&s.y-e<i.y+i.h&&i.y<s.y+s.h+e}function Xh(s,i){return s.x>=i.x&&s.y>=i.y&&s.x+s.w<=i.x+i.w&&s.y+s.h<=i.y+i.h}function ec(s,i,e={}){let t=e.gap??2,n=[],r=o=>!Xh(o,i)||n.some(l=>Bl(o,l,t))||(e.obstacles??[]).some(l=>Bl(o,l,t));for(let o of s){let l=o.candidates.map(u=>({x:u.x,y:u.y,w:o.w,h:o.h})),c=l.find(u=>!r(u)&&!(e.soft?.(u)??!1))??l.find(u=>!r(u));c&&n.push({id:o.id,...c})}return n}var tc=28,sc=s=>s.length>tc?`${s.slice(0,tc-1)}…`:s;function Bh(s){let{left:i,width:e}=s.bbox,t=Math.max(1,Math.ceil(e)),n=new Float32Array(t).fill(1/0),r=new Float32Array(t).fill(-1/0),o=s.data[0],l=o.map(c=>s.valToPos(c,"x",!0)-i);for(let c=1;c<s.series.length;c++){let u=s.series[c];if(!u.show||!u.scale)continue;let p=s.data[c],f=NaN,v=NaN;for(let w=0;w<o.length;w++){let S=p[w];if(S===null){f=NaN;continue}if(S===void 0)continue;let P=l[w],C=s.valToPos(S,u.scale,!0),E=Math.max(0,Math.floor(Number.isNaN(f)?P:Math.min(f,P))),_=Math.min(t-1,Math.ceil(Number.isNaN(f)?P:Math.max(f,P))),N=Number.isNaN(v)?C:Math.min(v,C),T=Number.isNaN(v)?C:Math.max(v,C);for(let K=E;K<=_;K++)N<n[K]&&(n[K]=N),T>r[K]&&(r[K]=T);f=P,v=C}}return{lo:n,hi:r,left:i}}function ep(s,i){let e=Math.max(0,Math.floor(i.x-s.left)),t=Math.min(s.lo.length-1,Math.ceil(i.x+i.w-s.left));for(let n=e;n<=t;n++)if(s.lo[n]<=i.y+i.h&&s.hi[n]>=i.y)return!0;return!1}function tp(s,i){let{ctx:e}=s,t=ic(s);for(let n of i.extras.projections){let r=fs(i.theme,n.colorIndex),o=u=>s.valToPos(u,"x",!0),l=u=>s.valToPos(u,n.scale,!0);e.fillStyle=r,e.globalAlpha=.16,e.beginPath(),n.xs.forEach((u,p)=>p===0?e.moveTo(o(u),l(n.hi[p])):e.lineTo(o(u),l(n.hi[p])));for(let u=n.xs.length-1;u>=0;u--)e.lineTo(o(n.xs[u]),l(n.lo[u]));e.closePath(),e.fill(),e.globalAlpha=1,e.strokeStyle=r,e.lineWidth=2*t,e.setLineDash([3*t,3*t]),e.beginPath();let c=!1;n.xs.forEach((u,p)=>{let f=n.mid[p];Number.isFinite(f)&&(c?e.lineTo(o(u),l(f)):e.moveTo(o(u),l(f)),c=!0)}),e.stroke()}}function ic(s){return s.ctx.canvas.width/Math.max(1,s.width)}function sp(s,i,e,t){return t?s.t("chart.target_note",{label:i,value:e,note:t.text}):s.t("chart.target",{label:i,value:e})}function ip(s,i){let{ctx:e,bbox:t}=s;for(let n of i.extras.stalls){let r=s.valToPos(n.x,"x",!0),o=n.endX===null?t.left+t.width:s.valToPos(n.endX,"x",!0);e.fillStyle=i.theme.stall,e.globalAlpha=.1,e.fillRect(r,t.top,Math.max(0,o-r),t.height),e.globalAlpha=1}}function nc(s,i,e,t,n){s.beginPath(),s.moveTo(i,e),s.lineTo(t,n),s.stroke()}function np(s,i,e,t){let{ctx:n,bbox:r}=s,o=r.left+r.width,l=[];for(let c of i.model.targets){let u=s.valToPos(c.value,c.scale,!0);if(!(u>=r.top&&u<=r.top+r.height))continue;let p=fs(i.theme,c.colorIndex),f=i.extras.targetNotes.get(c.colorIndex),v=f?.state==="reached"||f?.state==="soon";n.strokeStyle=p,n.lineWidth=(v?2.5:1.5)*e,n.setLineDash([6*e,4*e]),nc(n,r.left,u,o,u);let w=i.model.scales.find(_=>_.key===c.scale),S=`${i.num(c.value,w?.decimals??1)} ${w?.unit??""}`.trim(),P=sp(i,sc(c.label),S,f),C=n.measureText(P).width+8*e,E=[];for(let _=o-C-4*e;_>=r.left;_-=C/2+4*e)E.push({x:_,y:u-t-2*e},{x:_,y:u+2*e});l.push({id:`target:${c.colorIndex}:${c.value}`,w:C,h:t,candidates:E,text:P,color:p})}return l}function rp(s,i,e,t){let{ctx:n,bbox:r}=s,o=[...i.extras.stalls.map(p=>({x:p.x,text:p.label,color:i.theme.stall,dash:[],id:`stall:${p.colorIndex}`})),...i.model.markers.map((p,f)=>({x:p.x,text:sc(p.text),color:p.kind==="alert"?i.theme.alert:p.kind==="note"?i.theme.note:i.theme.event,dash:p.kind==="alert"?[]:p.kind==="note"?[4*e,3*e]:[2*e,3*e],id:`${p.kind}:${f}`}))],l=Math.max(1,Math.floor(r.height/(t+3*e)/2)),c=[...Array.from({length:l},(p,f)=>r.top+2*e+f*(t+3*e)),...Array.from({length:l},(p,f)=>r.top+r.height-t-2*e-f*(t+3*e))],u=[];for(let p of o){let f=s.valToPos(p.x,"x",!0);if(!(f>=r.left&&f<=r.left+r.width))continue;n.strokeStyle=p.color,n.lineWidth=1.5*e,n.setLineDash(p.dash),nc(n,f,r.top,f,r.top+r.height);let v=n.measureText(p.text).width+8*e,w=c.flatMap(S=>[{x:f+3*e,y:S},{x:f-3*e-v,y:S}]);u.push({id:p.id,w:v,h:t,candidates:w,text:p.text,color:p.color})}return u}function rc(s,i){let{ctx:e,bbox:t}=s,n=ic(s);e.save(),e.beginPath(),e.rect(t.left,t.top,t.width,t.height),e.clip(),ip(s,i),tp(s,i),e.font=`${11*n}px ${i.font}`;let r=14*n,o=[...np(s,i,n,r),...rp(s,i,n,r)],l=Bh(s),c={x:t.left,y:t.top,w:t.width,h:t.height},u=ec(o,c,{soft:f=>ep(l,f),gap:2*n});e.setLineDash([]),e.textBaseline="middle",e.textAlign="left";let p=[];for(let f of u){let v=o.find(w=>w.id===f.id);e.globalAlpha=.88,e.fillStyle=i.theme.background,e.fillRect(f.x,f.y,f.w,f.h),e.globalAlpha=1,e.fillStyle=v.color,e.fillText(v.text,f.x+4*n,f.y+f.h/2),p.push({...f,text:v.text})}return e.restore(),p}function op(s){let i=s.length;if(i<2)return 0;let e=Math.max(1,Math.floor((i-1)/2e3)),t=[];for(let n=e;n<i;n+=e)t.push(s[n][0]-s[n-e][0]);return t.sort((n,r)=>n-r),(t[t.length>>1]??0)/e}function ap(s,i=5){if(s.length<3)return s;let e=Math.max(6e4,op(s)*i),t=null;for(let n=1;n<s.length;n++){let r=s[n-1],o=s[n];o[0]-r[0]>e&&r[1]!==null&&o[1]!==null&&(t??=s.slice(0,n),t.push([Math.round((r[0]+o[0])/2),null])),t&&t.push(o)}return t??s}function go(s,i=5){let e=s.length,t=s.map(u=>ap(u.points,i)),n=s.map(u=>u.offsetMs??0),r=s.map(u=>u.toDisplay),o=new Array(e).fill(0),l=[],c=s.map(()=>[]);for(;;){let u=1/0;for(let p=0;p<e;p++){let f=t[p][o[p]];f&&f[0]-n[p]<u&&(u=f[0]-n[p])}if(u===1/0)break;l.push(u/1e3);for(let p=0;p<e;p++){let f=t[p][o[p]];if(f&&f[0]-n[p]===u){let v=f[1],w=r[p];c[p].push(v===null?null:w?w(v):v),o[p]++}else c[p].push(void 0)}}for(let u=0;u<e;u++)(t[u]!==s[u].points||lp(t[u]))&&cp(c[u]);return{xs:l,ys:c}}function lp(s){return s.some(i=>i[1]===null)}function cp(s){let i=s.length;for(let e=0;e<i;e++){if(s[e]!==null)continue;for(let n=e-1;n>=0&&s[n]===void 0;n--)s[n]=null;let t=e+1;for(;t<i&&s[t]===void 0;t++)s[t]=null;e=t-1}}var Ai=s=>s;function dp(s,i){return s==="temperature"||i==="°C"||i==="°F"}function up(s,i){return s==="gravity"||s==="specific_gravity"||i==="SG"}function Be(s){return s==="°F"?"°F":"°C"}function hp(s){return s*9/5+32}function pp(s){return(s-32)*5/9}function Ue(s,i,e){return dp(s,i)?e==="°F"?{unit:"°F",decimals:1,toDisplay:hp,fromDisplay:pp}:{unit:"°C",decimals:1,toDisplay:Ai,fromDisplay:Ai}:up(s,i)?{unit:"SG",decimals:3,toDisplay:Ai,fromDisplay:Ai}:{unit:i,decimals:i==="%"||i==="hPa"?0:i==="V"?2:1,toDisplay:Ai,fromDisplay:Ai}}var Fn={projections:[],stalls:[],targetNotes:new Map},mp=["pit","meat","chamber","wort","gravity","ambient","other"];function oc(s){let i=[];for(let e of s)i.some(t=>t.key===e.scale)||i.push({key:e.scale,unit:e.unit,decimals:e.decimals});return i}function ac(s,i){return[s,...i.map(e=>`${e.label}|${e.scale}|${e.colorIndex}|${e.dash??""}`)].join(`
`)}function lc(s,i){let e=s.series.map(l=>Ue(l.kind,l.unit,i)),t=go(s.series.map((l,c)=>({points:l.points,toDisplay:e[c].toDisplay}))),n=s.series.map((l,c)=>({label:l.label,scale:e[c].unit,colorIndex:c,values:t.ys[c],decimals:e[c].decimals,unit:e[c].unit})),r=[];s.series.forEach((l,c)=>{l.target!=null&&r.push({scale:e[c].unit,value:e[c].toDisplay(l.target),colorIndex:c,label:l.label})});let o=s.annotations.map(l=>({x:l.ts/1e3,text:l.text,kind:l.kind}));return{xMode:"time",xs:t.xs,series:n,scales:oc(n),targets:r,markers:o,structureKey:ac("time",n)}}function cc(s){let i=new Set(s.flatMap(e=>e.history.series.map(t=>t.role)));return mp.filter(e=>i.has(e))}var Un=[void 0,[8,4],[2,3],[12,3,2,3]];function dc(s,i,e){let t=s.flatMap((l,c)=>l.history.series.filter(u=>u.role===i).map(u=>({input:l,sessionIndex:c,s:u,unit:Ue(u.kind,u.unit,e)}))),n=go(t.map(l=>({points:l.s.points,toDisplay:l.unit.toDisplay,offsetMs:l.input.session.started_at}))),r=t.map((l,c)=>({label:`${l.input.session.name} · ${l.s.label}`,scale:l.unit.unit,colorIndex:c,values:n.ys[c],decimals:l.unit.decimals,unit:l.unit.unit,...Un[l.sessionIndex%Un.length]?{dash:Un[l.sessionIndex%Un.length]}:{}})),o=[];return t.forEach((l,c)=>{if(l.s.target==null)return;let u=l.unit.toDisplay(l.s.target);o.some(p=>p.value===u&&p.scale===l.unit.unit)||o.push({scale:l.unit.unit,value:u,colorIndex:c,label:l.s.label})}),{xMode:"elapsed",xs:n.xs,series:r,scales:oc(r),targets:o,markers:[],structureKey:ac("elapsed",r)}}function uc(s,i){return s.series.map((e,t)=>{let n=Ue(e.kind,e.unit,i),r=1/0,o=-1/0,l=null,c=null;for(let[u,p]of e.points)p!==null&&(p<r&&(r=p),p>o&&(o=p),l=p,c=u);return{seriesId:e.series_id,label:e.label,role:e.role,unit:n.unit,decimals:n.decimals,colorIndex:t,latest:l===null?null:n.toDisplay(l),latestTs:c,min:r===1/0?null:n.toDisplay(r),max:o===-1/0?null:n.toDisplay(o),target:e.target==null?null:n.toDisplay(e.target)}})}function hc(s,i=!1){i?history.replaceState(history.state,"",s):history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:i},bubbles:!1,composed:!0}))}function ee(s,i,e){s.dispatchEvent(new CustomEvent(i,{detail:e,bubbles:!0,composed:!0}))}function pc(s){let i={x:{time:s.xMode==="time"}};for(let e of s.scales)i[e.key]={auto:!0,range:(t,n,r)=>{let o=n,l=r;for(let u of s.targets)u.scale===e.key&&(o=o==null?u.value:Math.min(o,u.value),l=l==null?u.value:Math.max(l,u.value));if(o==null||l==null)return[0,1];let c=Math.max((l-o)*.08,e.decimals>=3?.002:1);return[o-c,l+c]}};return i}var it=class extends ie{constructor(){super(...arguments);this.extras=Fn;this.xRange=null;this.t=le("en");this.dark=!1;this.height=320;this.label="";this.hoverIdx=null;this.builtFor="";this.pendingDrawn=!1;this.downAt=null;this.font="Roboto, Noto, sans-serif";this.labels=[];this.ticks={splits:[],labels:[]};this.drawCount=0}connectedCallback(){super.connectedCallback(),this.resizer=new ResizeObserver(()=>this.resize()),this.hasUpdated&&(this.resizer.observe(this.plotEl),this.rebuild())}disconnectedCallback(){super.disconnectedCallback(),this.resizer?.disconnect(),this.resizer=void 0,this.plot?.destroy(),this.plot=void 0,this.builtFor=""}get plotWidth(){return this.plot?this.plot.bbox.width/De.pxRatio:this.clientWidth}get shownRange(){let e=this.plot?.scales.x;return e&&e.min!=null&&e.max!=null?{min:e.min,max:e.max}:null}get labelBoxes(){let e=De.pxRatio;return this.labels.map(t=>({...t,x:t.x/e,y:t.y/e,w:t.w/e,h:t.h/e}))}get tickLabels(){return[...this.ticks.labels]}tickBoxes(){let e=this.plot;if(!e)return[];let t=e.ctx;t.save(),t.font=`${12*De.pxRatio}px ${this.font}`;let n=De.pxRatio,r=this.ticks.splits.flatMap((o,l)=>{let c=this.ticks.labels[l]??"";if(!c)return[];let u=Math.max(...c.split(`
`).map(v=>t.measureText(v).width))/n,p=e.valToPos(o,"x"),f=c.split(`
`).length;return[{text:c,x:p-u/2+e.bbox.left/n,y:e.bbox.height/n,w:u,h:14*f}]});return t.restore(),r}firstUpdated(){this.resizer?.observe(this.plotEl)}updated(e){if(!this.model)return;let t=`${this.model.structureKey}|${this.dark}|${this.height}`;if(!this.plot||t!==this.builtFor||e.has("formatters")||e.has("timeZone")||e.has("t")){this.rebuild();return}e.has("model")?this.setData():e.has("xRange")?this.applyRange():e.has("extras")&&this.plot.redraw(!1,!1)}render(){let e=this.t("chart.hint");return y`<div
        class="wrap"
        tabindex="0"
        role="group"
        aria-roledescription=${this.t("chart.role")}
        aria-label=${`${this.label}. ${e}`}
        @keydown=${this.onKey}
      >
        <div class="plot" dir="ltr"></div>
      </div>
      <brewpit-chart-legend
        .model=${this.model}
        .theme=${this.theme}
        .formatters=${this.formatters}
        .t=${this.t}
        .detail=${this.detail}
        .hover=${this.hoverIdx}
      ></brewpit-chart-legend>`}data(){let e=this.model;return[e.xs,...e.series.map(t=>t.values)]}setData(){this.plot&&(this.pendingDrawn=!0,this.xRange?(this.plot.setData(this.data(),!1),this.applyRange(!0)):this.plot.setData(this.data(),!0))}applyRange(e=!1){let t=this.plot;if(!t)return;let n=this.xRange,r=this.model?.xs??[],o=n?n.min:r[0]??0,l=n?n.max:r[r.length-1]??1;!e&&t.scales.x?.min===o&&t.scales.x?.max===l||t.setScale("x",{min:o,max:l>o?l:o+1})}resize(){if(!this.plot||!this.plotEl)return;let e=Math.floor(this.plotEl.clientWidth);e>0&&e!==this.plot.width&&this.plot.setSize({width:e,height:this.height})}rebuild(){if(!this.model||!this.plotEl)return;this.plot?.destroy();let e=getComputedStyle(this);this.theme=On(t=>e.getPropertyValue(t)),this.font=e.getPropertyValue("--ha-font-family-body").trim()||"Roboto, Noto, sans-serif",this.builtFor=`${this.model.structureKey}|${this.dark}|${this.height}`,this.pendingDrawn=!0,this.plot=new De(this.options(this.model,this.theme),this.data(),this.plotEl),this.xRange&&this.applyRange(!0),this.plot.over.addEventListener("pointerdown",t=>this.downAt=[t.clientX,t.clientY]),this.plot.over.addEventListener("click",t=>this.onClick(t)),this.requestUpdate()}xAxis(e,t){let n=this.formatters;return e.xMode==="time"?{...t,space:72,size:48,values:(r,o,l,c,u)=>{let p=n?Jl(o,u,n):o.map(String);return this.ticks={splits:[...o],labels:p},p}}:{...t,space:60,incrs:[...Ql],label:this.t("chart.elapsed_axis"),labelSize:20,labelFont:t.font,values:(r,o)=>{let l=Xl(o);return this.ticks={splits:[...o],labels:l},l}}}options(e,t){let n=this.formatters,r=(w,S)=>n?n.number(w,S):w==null?"—":w.toFixed(S),o=Math.max(200,Math.floor(this.plotEl.clientWidth||600)),l=`12px ${this.font}`,c={stroke:t.axis,font:l,grid:{stroke:t.grid,width:1},ticks:{stroke:t.grid,width:1}},u=pc(e),p=[this.xAxis(e,c),...e.scales.map((w,S)=>({...c,scale:w.key,side:S%2===0?3:1,grid:{...c.grid,show:S===0},size:w.decimals>=3?64:54,label:w.unit,labelSize:18,labelFont:l,values:(P,C)=>C.map(E=>r(E,Math.min(w.decimals,3)))}))],f=[{},...e.series.map(w=>({label:w.label,scale:w.scale,stroke:fs(t,w.colorIndex),width:2,...w.dash?{dash:w.dash}:{},spanGaps:!1,points:{show:!1}}))],v=this.timeZone;return{width:o,height:this.height,...v?{tzDate:w=>De.tzDate(new Date(w*1e3),v)}:{},scales:u,axes:p,series:f,legend:{show:!1},cursor:{drag:{x:!0,y:!1,setScale:!1},bind:{dblclick:()=>()=>(ee(this,"reset-zoom"),null)}},hooks:{setSelect:[w=>this.onSelect(w)],setCursor:[w=>{let S=w.cursor.idx??null;S!==this.hoverIdx&&(this.hoverIdx=S)}],draw:[w=>this.onDraw(w,t,r)]}}}onSelect(e){let{left:t,width:n}=e.select;if(n<4)return;let r=e.posToVal(t,"x"),o=e.posToVal(t+n,"x");e.setSelect({left:0,top:0,width:0,height:0},!1),ee(this,"range-changed",{min:r,max:o})}onDraw(e,t,n){let r=this.model;r&&(this.drawCount++,this.labels=rc(e,{model:r,extras:this.extras,theme:t,font:this.font,num:n,t:this.t}),this.pendingDrawn&&(this.pendingDrawn=!1,ee(this,"chart-drawn",{points:r.xs.length,series:r.series.length})))}onClick(e){let t=this.downAt;if(this.downAt=null,!this.plot||t&&Math.hypot(e.clientX-t[0],e.clientY-t[1])>4)return;let n=this.plot.cursor.left;n==null||n<0||ee(this,"chart-click",{x:this.plot.posToVal(n,"x")})}onKey(e){let n={ArrowLeft:()=>ee(this,"chart-pan",{fraction:-.25}),ArrowRight:()=>ee(this,"chart-pan",{fraction:.25}),"+":()=>ee(this,"chart-zoom",{factor:.5}),"=":()=>ee(this,"chart-zoom",{factor:.5}),"-":()=>ee(this,"chart-zoom",{factor:2}),0:()=>ee(this,"reset-zoom"),Home:()=>ee(this,"reset-zoom")}[e.key];n&&(e.preventDefault(),n())}};it.styles=Zl,b([z({attribute:!1})],it.prototype,"model",2),b([z({attribute:!1})],it.prototype,"extras",2),b([z({attribute:!1})],it.prototype,"xRange",2),b([z({attribute:!1})],it.prototype,"formatters",2),b([z({attribute:!1})],it.prototype,"t",2),b([z({attribute:!1})],it.prototype,"detail",2),b([z({attribute:!1})],it.prototype,"timeZone",2),b([z({type:Boolean})],it.prototype,"dark",2),b([z({type:Number})],it.prototype,"height",2),b([z()],it.prototype,"label",2),b([R()],it.prototype,"hoverIdx",2),b([bi(".plot")],it.prototype,"plotEl",2),it=b([pe("brewpit-chart")],it);function vo(s){return Object.fromEntries(Object.entries(s).filter(([,i])=>i!==void 0&&i!==""))}async function Ci(s,i={}){return(await s.callWS({type:"brewpit/sessions/list",...vo(i)})).sessions}function Vn(s,i){return s.callWS({type:"brewpit/sessions/get",session_id:i})}function mc(s,i){return s.callWS({type:"brewpit/sessions/create",...vo(i)})}function fc(s,i,e){return s.callWS({type:"brewpit/sessions/update",session_id:i,...e})}function gc(s,i){return s.callWS({type:"brewpit/sessions/end",session_id:i})}async function vc(s,i){await s.callWS({type:"brewpit/sessions/delete",session_id:i})}function bc(s,i,e,t){return s.callWS({type:"brewpit/sessions/annotate",session_id:i,text:e,...t===void 0?{}:{ts:Math.round(t)}})}function nn(s,i,e={}){let t=vo(e);return t.from!==void 0&&(t.from=Math.floor(t.from)),t.to!==void 0&&(t.to=Math.ceil(t.to)),s.callWS({type:"brewpit/history",session_id:i,...t})}function os(s){return s.callWS({type:"brewpit/series/list"})}var sn=class extends Error{constructor(e){super(`CSV export failed: HTTP ${e}`);this.status=e}};async function yc(s,i,e,t){let n=t?`?tz=${encodeURIComponent(t)}`:"",r=await s.fetchWithAuth(`/api/brewpit/sessions/${encodeURIComponent(i)}/export.csv${n}`);if(!r.ok)throw new sn(r.status);let o=URL.createObjectURL(await r.blob());try{let l=document.createElement("a");l.href=o,l.download=e,l.rel="noopener",document.body.append(l),l.click(),l.remove()}finally{setTimeout(()=>URL.revokeObjectURL(o),1e4)}}function xc(s){let i=s.name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60),e=new Date(s.started_at).toISOString().slice(0,10);return`${i||"session"}-${e}.csv`}function ce(s){return s&&typeof s=="object"&&"message"in s?String(s.message):String(s)}function de(s){let i,e;return(...t)=>(i&&i.length===t.length&&i.every((n,r)=>n===t[r])||(e=s(...t),i=t),e)}function jn(s){let i=Math.round((Number.isFinite(s)?s:0)*2);return Math.min(4e3,Math.max(100,i))}function bo(s,i){let e=s.ended_at??Math.max(i,s.started_at+6e4);return{from:s.started_at,to:Math.max(e,s.started_at+1)}}function yo(s,i,e=6e4){let t=i.to-i.from,n=Math.min(Math.max(s.to-s.from,Math.min(e,t)),t);(!Number.isFinite(n)||n<=0)&&(n=t);let r=Math.max(i.from,Math.min(s.from,i.to-n));return Number.isFinite(r)||(r=i.from),{from:r,to:r+n}}function wc(s,i,e){let t=(s.to-s.from)*i;return yo({from:s.from+t,to:s.to+t},e)}function $c(s,i,e,t){let n=t??(s.from+s.to)/2,r=n-(n-s.from)*i,o=n+(s.to-n)*i;return yo({from:r,to:o},e)}function fp(s,i,e=.01){if(!s)return!0;let t=(i.to-i.from)*e;return s.from<=i.from+t&&s.to>=i.to-t}var Gn={range:null,follow:!0};function Sc(s,i,e){let t=Math.max(-1/0,...s);return!Number.isFinite(t)||t<=i?0:Math.min(t-i,Math.max(15*6e4,e/2))}function rn(s,i,e){return s.ended_at!==null?bo(s,i):{from:Math.min(s.started_at,i-6e4),to:i+e}}function kc(s,i,e,t){if(s.ended_at!==null)return i.range;let n=rn(s,e,t);if(!i.range)return n;if(!i.follow)return i.range;let r=i.range.to-i.range.from;return{from:Math.max(n.from,n.to-r),to:n.to}}function Ec(s,i,e,t){let n=rn(s,e,t),r=s.ended_at===null;if(!i||fp(i,n,.005))return r?Gn:{range:null,follow:!1};let o=yo(i,n),l=o.to-o.from,c=r&&o.to>=n.to-Math.max(l*.02,1e3);return{range:o,follow:c}}var Tc={cook:["pit","meat","ambient","other"],brew:["wort","chamber","gravity","ambient","other"]};function Mc(s){let i=[...Tc[s]];return{fitting:i,others:["pit","meat","wort","chamber","gravity","ambient","other"].filter(t=>!i.includes(t))}}var Ac=(s,i)=>Tc[i].includes(s),vp={pit:"role.pit",meat:"role.meat",wort:"role.wort",chamber:"role.chamber",gravity:"role.gravity",ambient:"role.ambient",other:"role.other"};function as(s,i){let e=vp[s];return e?i(e):s}var bp=[["gravity",/\b(gravity|sg|hydrometer|ispindel|tilt|plato)\b/],["chamber",/\b(chamber|fridge|keezer|freezer|cellar)\b/],["wort",/\b(wort|beer|must|mash|ferment\w*)\b/],["pit",/\b(pit|grate|grill|dome|smoker|cooker|kamado|kettle|oven|firebox|lid)\b/],["meat",/\b(meat|food|probe|brisket|ribs?|shoulder|butt|chicken|turkey|pork|beef|lamb|ham|steak|wings?|thigh|breast|salmon|fish|chuck|loin|tri.?tip|roast|sausage|point|flat)\b/],["ambient",/\b(ambient|outside|outdoors?|room|air|weather)\b/]];function Cc(s,i,e){if(e==="gravity"||e==="specific_gravity")return"gravity";if(e!=="temperature"&&e!=="")return e==="humidity"||e==="pressure"?"ambient":"other";let t=`${s} ${i}`.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/(\d+)/g," $1 ").replace(/[_-]+/g," ").toLowerCase();for(let[n,r]of bp)if(r.test(t))return n;return"other"}var zc=new Set(["battery","signal_strength","data_size"]);var we=ye`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, Roboto, Noto, sans-serif);
  }
  .card {
    background: var(--card-background-color, var(--ha-card-background));
    border: 1px solid var(--divider-color);
    border-radius: var(--ha-card-border-radius, 12px);
    padding: 16px;
    margin-block-end: 16px;
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    color: var(--primary-color);
    background: transparent;
    border: 1px solid var(--divider-color);
    border-radius: 18px;
    padding-block: 6px;
    padding-inline: 14px;
    cursor: pointer;
    min-block-size: 36px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    text-decoration: none;
  }
  button.primary {
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    border-color: var(--primary-color);
  }
  button.danger {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  button.icon {
    padding-inline: 8px;
    min-inline-size: 36px;
    justify-content: center;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  input,
  select {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--card-background-color);
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding-block: 6px;
    padding-inline: 10px;
    min-block-size: 36px;
    box-sizing: border-box;
  }
  label {
    color: var(--secondary-text-color);
    font-size: 0.875rem;
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color);
  }
  .chip {
    display: inline-block;
    font-size: 0.75rem;
    border-radius: 10px;
    padding-block: 2px;
    padding-inline: 8px;
    border: 1px solid var(--divider-color);
    color: var(--secondary-text-color);
    white-space: nowrap;
  }
  .chip.active {
    color: var(--primary-color);
    border-color: var(--primary-color);
  }
  .chip.alert {
    color: var(--error-color);
    border-color: var(--error-color);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .spacer {
    flex: 1;
  }
  .swatch {
    display: inline-block;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 2px;
    margin-inline-end: 6px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding-block: 6px;
    padding-inline: 8px;
    border-block-end: 1px solid var(--divider-color);
    font-size: 0.875rem;
  }
  th {
    color: var(--secondary-text-color);
    font-weight: 500;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;var Rc=["solid","dashed","dotted","dashed"],Ht=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.ids=[];this.inputs=[];this.error="";this.loading=!1;this.xRange=null;this.seq=0;this.fmt=de(Xe);this.roles=de(cc);this.models=de((e,t)=>this.roles(e).map(n=>({role:n,model:dc(e,n,t)})))}willUpdate(e){e.has("ids")&&this.load()}async load(){let e=++this.seq;if(this.xRange=null,this.ids.length===0){this.inputs=[];return}this.loading=!0,this.error="";let t=jn((this.clientWidth||window.innerWidth)-120);try{let n=await Promise.all(this.ids.map(async r=>{let[o,l]=await Promise.all([Vn(this.hass,r),nn(this.hass,r,{max_points:t})]);return{session:o,history:l}}));e===this.seq&&(this.inputs=n)}catch(n){e===this.seq&&(this.error=ce(n))}finally{e===this.seq&&(this.loading=!1)}}zoomBy(e){let t=this.models(this.inputs,this.temp).map(p=>p.model.xs),n=Math.min(0,...t.map(p=>p[0]??0)),r=Math.max(1,...t.map(p=>p[p.length-1]??0)),o=this.xRange??{min:n,max:r},l=(o.min+o.max)/2,c=Math.max(300,(o.max-o.min)*e/2),u={min:Math.max(n,l-c),max:Math.min(r,l+c)};this.xRange=u.min<=n&&u.max>=r?null:u}get temp(){return Be(this.hass.config.unit_system.temperature)}render(){let e=le(Ie(this.hass)),t=this.fmt(this.hass.locale,this.hass.config.time_zone);if(this.ids.length<2)return y`<div class="card">
        <p>${e("compare.pick")}</p>
        <button @click=${()=>ee(this,"brewpit-navigate",{path:"/sessions"})}>
          ${e("compare.go_to_sessions")}
        </button>
      </div>`;if(this.error)return y`<div class="card error" role="alert">${this.error}</div>`;if(this.loading||this.inputs.length===0)return y`<div class="card" role="status">${e("list.loading")}</div>`;let n=this.hass.themes?.darkMode??!1;return y`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">${e("compare.title",{count:this.inputs.length})}</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label=${e("detail.zoom_in")} @click=${()=>this.zoomBy(.5)}>
            +
          </button>
          <button class="icon" aria-label=${e("detail.zoom_out")} @click=${()=>this.zoomBy(2)}>
            −
          </button>
          <button ?disabled=${!this.xRange} @click=${()=>this.xRange=null}>
            ${e("detail.reset_zoom")}
          </button>
        </div>
        ${this.renderLegend(e,t)}
      </section>
      ${this.models(this.inputs,this.temp).map(({role:r,model:o})=>y`<section
            class="card"
            aria-label=${e("compare.role_compared",{role:as(r,e)})}
          >
            <h3>${as(r,e)}</h3>
            <brewpit-chart
              .model=${o}
              .xRange=${this.xRange}
              .formatters=${t}
              .t=${e}
              ?dark=${n}
              .height=${this.narrow?220:300}
              label=${e("compare.chart_label",{role:as(r,e),count:this.inputs.length})}
              @range-changed=${l=>this.xRange=l.detail}
              @reset-zoom=${()=>this.xRange=null}
              @chart-zoom=${l=>this.zoomBy(l.detail.factor)}
            ></brewpit-chart>
          </section>`)}
      ${this.roles(this.inputs).length===0?y`<div class="card muted">${e("compare.nothing")}</div>`:A}
    `}renderLegend(e,t){let n=Date.now();return y`<ul class="legend">
      ${this.inputs.map(({session:r},o)=>y`<li>
            <span
              class="line"
              style=${`border-block-start-style:${Rc[o%Rc.length]}`}
            ></span>
            <a
              href=${"#"}
              @click=${l=>{l.preventDefault(),ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(r.id)}`})}}
              >${r.name}</a
            >
            <span class="muted">
              ${t.dateTime(r.started_at)} ·
              ${rs((r.ended_at??n)-r.started_at,e)}
            </span>
          </li>`)}
    </ul>`}};Ht.styles=[we,ye`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
      .line {
        display: inline-block;
        inline-size: 24px;
        border-block-start: 3px solid var(--secondary-text-color);
      }
    `],b([z({attribute:!1})],Ht.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],Ht.prototype,"narrow",2),b([z({attribute:!1})],Ht.prototype,"ids",2),b([R()],Ht.prototype,"inputs",2),b([R()],Ht.prototype,"error",2),b([R()],Ht.prototype,"loading",2),b([R()],Ht.prototype,"xRange",2),Ht=b([pe("brewpit-compare")],Ht);var Wn=s=>s.callWS({type:"brewpit/hub/info"}),Pc=s=>s.callWS({type:"brewpit/nodes/list"}),Lc=s=>s.callWS({type:"brewpit/nodes/pairing"}),Nc=(s,i,e)=>s.callWS({type:"brewpit/nodes/rename",device_id:i,name:e}),Dc=(s,i)=>s.callWS({type:"brewpit/nodes/rotate_token",device_id:i}),Ic=(s,i)=>s.callWS({type:"brewpit/nodes/remove",device_id:i}),Hc=s=>s.callWS({type:"brewpit/hydrometers/list"}),Oc=s=>s.callWS({type:"brewpit/hydrometers/gateways"}),Uc=(s,i,e)=>s.callWS({type:"brewpit/hydrometers/gateway_create",name:i,...e?{tz:e}:{}}),Fc=(s,i)=>s.callWS({type:"brewpit/hydrometers/gateway_delete",gateway_id:i}),Vc=(s,i)=>s.callWS({type:"brewpit/hydrometers/calibration",device_id:i}),jc=(s,i,e,t)=>s.callWS({type:"brewpit/hydrometers/calibrate",device_id:i,input:e,points:t});function Kn(s,i){let e;try{e=new URL(s)}catch{return s}let t=e.hostname;return!t.includes(".")&&!t.includes(":")&&t!=="localhost"&&i&&(e.hostname=i),e.toString().replace(/\/$/,"")}function Gc(s,i){return`sudo brewpit-edge pair ${s} ${i}`}var Zt=class extends ie{constructor(){super(...arguments);this.hubUrl="";this.error="";this.copied=!1;this.now=Date.now()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker)}get t(){return le(Ie(this.hass))}async start(){this.error="",this.copied=!1;try{let[e,t]=await Promise.all([Wn(this.hass),Lc(this.hass)]);this.hubUrl=Kn(e.url,window.location.hostname),this.pairing=t,this.now=Date.now(),clearInterval(this.ticker),this.ticker=setInterval(()=>this.now=Date.now(),1e3)}catch(e){this.error=ce(e)}}async copy(e){try{await navigator.clipboard.writeText(e),this.copied=!0}catch{let t=document.createRange();t.selectNodeContents(this.renderRoot.querySelector("code.command")),getSelection()?.removeAllRanges(),getSelection()?.addRange(t)}}render(){let e=this.t,t=this.pairing;if(!t)return y`<button class="primary pair" @click=${()=>{this.start()}}>
          ${e("devices.pair")}
        </button>
        ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}`;let n=Math.max(0,Math.round((t.expires_at-this.now)/1e3)),r=n===0,o=Gc(this.hubUrl,t.code);return y`<section class="card pairing" aria-labelledby="pair-title">
      <h3 id="pair-title">${e("devices.pair_title")}</h3>
      <p>
        ${e("devices.pair_code")} <strong class="code">${t.code}</strong>
        <span class="muted" role="timer">
          ${r?e("devices.pair_expired"):e("devices.pair_expires",{m:Math.floor(n/60),s:String(n%60).padStart(2,"0")})}
        </span>
      </p>
      <p>${e("devices.pair_run")}</p>
      <div class="cmd">
        <code class="command">${o}</code>
        <button @click=${()=>{this.copy(o)}}>
          ${this.copied?e("devices.copied"):e("devices.copy")}
        </button>
      </div>
      <p class="muted">${e("devices.pair_then")}</p>
      <p class="muted" role="status">${e("devices.pair_waiting")}</p>
      <div class="toolbar">
        ${r?y`<button @click=${()=>{this.start()}}>${e("devices.pair_new_code")}</button>`:A}
        <button @click=${()=>this.close()}>${e("common.close")}</button>
      </div>
    </section>`}close(){clearInterval(this.ticker),this.pairing=void 0}get open(){return!!this.pairing}};Zt.styles=[we,ye`
      .code {
        font-family: var(--code-font-family, monospace);
        font-size: 1.4rem;
        letter-spacing: 0.08em;
        margin-inline: 8px;
      }
      .cmd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      code.command {
        flex: 1 1 20em;
        font-family: var(--code-font-family, monospace);
        background: var(--secondary-background-color);
        border-radius: 6px;
        padding: 8px;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `],b([z({attribute:!1})],Zt.prototype,"hass",2),b([R()],Zt.prototype,"pairing",2),b([R()],Zt.prototype,"hubUrl",2),b([R()],Zt.prototype,"error",2),b([R()],Zt.prototype,"copied",2),b([R()],Zt.prototype,"now",2),Zt=b([pe("brewpit-pair")],Zt);function yp(s){return{name:s.length>12?`${s.slice(0,8)}…`:s,area:null}}function ls(s,i){let e=new Map;for(let t of Object.values(s??{})){let n=t.identifiers?.find(([o])=>o==="brewpit")?.[1];if(!n)continue;let r=t.area_id?i?.[t.area_id]?.name??null:null;e.set(n,{name:t.name_by_user||t.name||n,area:r})}return t=>e.get(t)??yp(t)}function Ys(s){return s.area?`${s.name} (${s.area})`:s.name}var xp=2*6e4,_p=1e4,wp=2e3,bt=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.error="";this.fresh=new Set;this.fmt=de(Xe);this.names=de(ls)}connectedCallback(){super.connectedCallback(),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return le(Ie(this.hass))}async refresh(){clearTimeout(this.timer);try{let[e,t]=await Promise.all([Pc(this.hass),os(this.hass)]),n=new Set(this.nodes?.map(o=>o.id)),r=this.nodes?e.filter(o=>!n.has(o.id)).map(o=>o.id):[];r.length&&(this.fresh=new Set([...this.fresh,...r]),this.pair?.close()),this.nodes=e,this.series=t,this.error=""}catch(e){this.error=ce(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},this.pair?.open?wp:_p))}async act(e){try{e.action==="rename"&&await Nc(this.hass,e.id,(e.value??"").trim()),e.action==="remove"&&await Ic(this.hass,e.id),e.action==="token"&&(this.newToken=await Dc(this.hass,e.id).then(t=>({id:e.id,token:t.token}))),this.pending=void 0,await this.refresh()}catch(t){this.error=ce(t)}}render(){let e=this.t;return!this.hass.user?.is_admin?y`<div class="card"><p>${e("devices.admin_only")}</p></div>`:y`<div class="head">
        <h2>${e("devices.title")}</h2>
        <span class="spacer"></span>
        <brewpit-pair
          .hass=${this.hass}
          @click=${()=>setTimeout(()=>{this.refresh()},500)}
        ></brewpit-pair>
      </div>
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      ${this.nodes?this.nodes.length===0?y`<div class="card empty"><p>${e("devices.none")}</p></div>`:this.nodes.map(n=>this.renderNode(n)):y`<p class="muted" role="status">${e("devices.loading")}</p>`}`}renderNode(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=this.names(this.hass.devices,this.hass.areas)(e.id),o=e.status,l=Date.now(),c=e.last_seen!==null&&l-e.last_seen<xp,u=e.kind==="edge"?t("devices.kind_edge"):e.kind==="hydrometer"?t("devices.kind_hydrometer"):e.kind;return y`<section
      class="card node ${this.fresh.has(e.id)?"fresh":""}"
      data-device=${e.id}
    >
      <div class="toolbar">
        <h3>${r.name===e.id.slice(0,8)+"…"?e.name:r.name}</h3>
        ${r.area?y`<span class="chip">${r.area}</span>`:A}
        <span class="chip">${u}</span>
        <span class="chip ${c?"active":"alert"}">
          ${e.last_seen===null?t("devices.never"):t(c?"devices.online":"devices.silent")}
        </span>
        ${this.fresh.has(e.id)?y`<span class="chip active">${t("devices.just_paired")}</span>`:A}
      </div>
      <dl class="facts">
        <dt>${t("devices.last_seen")}</dt>
        <dd>${e.last_seen===null?t("devices.never"):n.relative(e.last_seen-l)}</dd>
        <dt>${t("devices.outbox")}</dt>
        <dd>
          ${o.outbox_depth??"—"}
          ${o.oldest_unsent_ts?y`<span class="muted">(${t("devices.oldest",{time:n.relative(o.oldest_unsent_ts-l)})})</span>`:A}
        </dd>
        <dt>${t("devices.dropped")}</dt>
        <dd>${e.dropped_total}</dd>
        <dt>${t("devices.version")}</dt>
        <dd>${o.version??"—"}</dd>
      </dl>
      ${this.renderSensors(e.id)} ${this.renderActions(e)}
    </section>`}renderSensors(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Be(this.hass.config.unit_system.temperature),o=this.series.filter(l=>l.device_id===e);return o.length?y`<ul class="sensors">
      ${o.map(l=>{let c=Ue(l.kind,l.unit,r),u=l.last_status??null,p=l.last_value===null?"—":`${n.number(c.toDisplay(l.last_value),c.decimals)} ${c.unit}`;return y`<li>
          <span>${l.name||l.key}</span>
          <span class="value">${p}</span>
          ${u&&u!=="ok"?y`<span class="chip alert">${u}</span>`:A}
        </li>`})}
    </ul>`:y`<p class="muted">${t("devices.no_sensors")}</p>`}renderActions(e){let t=this.t,n=this.pending?.id===e.id?this.pending:void 0,r=this.newToken?.id===e.id?this.newToken.token:void 0,o=(u,p)=>()=>this.pending={id:e.id,action:u,value:p},l=y`<button @click=${()=>this.pending=void 0}>
      ${t("common.cancel")}
    </button>`,c;return n?.action==="rename"?c=y`<form
        class="toolbar"
        @submit=${u=>(u.preventDefault(),void this.act(n))}
      >
        <input
          name="device-name"
          aria-label=${t("devices.new_name")}
          maxlength="64"
          required
          .value=${n.value??""}
          @input=${u=>this.pending={...n,value:u.target.value}}
        />
        <button class="primary" type="submit">${t("devices.save")}</button> ${l}
      </form>`:n?.action==="remove"?c=y`<div role="group" aria-label=${t("devices.remove")}>
        <p class="error">${t("devices.remove_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_remove")}
          </button>
          ${l}
        </div>
      </div>`:n?.action==="token"?c=y`<div role="group" aria-label=${t("devices.rotate")}>
        <p>${t("devices.rotate_consequence")}</p>
        <div class="toolbar">
          <button class="danger" @click=${()=>{this.act(n)}}>
            ${t("devices.confirm_rotate")}
          </button>
          ${l}
        </div>
      </div>`:c=y`<div class="toolbar">
        <button @click=${o("rename",e.name)}>${t("devices.rename")}</button>
        ${e.kind==="edge"?y`<button @click=${o("token")}>${t("devices.rotate")}</button>`:A}
        <button class="danger" @click=${o("remove")}>${t("devices.remove")}</button>
      </div>`,y`${c}
    ${r?y`<p class="new-token">${t("devices.token_shown_once")} <code>${r}</code></p>`:A}`}};bt.styles=[we,ye`
      .head {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 8px;
        margin-block-end: 12px;
      }
      .head h2 {
        margin: 0;
      }
      .node.fresh {
        border-color: var(--primary-color);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9em, max-content) minmax(6em, 1fr));
        gap: 4px 12px;
        margin: 8px 0;
      }
      dt {
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
      }
      .sensors {
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
        display: grid;
        gap: 4px;
      }
      .sensors li {
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .sensors .value {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      code {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      :host([narrow]) .facts {
        grid-template-columns: max-content 1fr;
      }
    `],b([z({attribute:!1})],bt.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],bt.prototype,"narrow",2),b([R()],bt.prototype,"nodes",2),b([R()],bt.prototype,"series",2),b([R()],bt.prototype,"error",2),b([R()],bt.prototype,"pending",2),b([R()],bt.prototype,"newToken",2),b([R()],bt.prototype,"fresh",2),b([bi("brewpit-pair")],bt.prototype,"pair",2),bt=b([pe("brewpit-devices")],bt);var xo=320,_o=180,$p=(s,i)=>s.reduce((e,t,n)=>e+t*i**n,0),pt=class extends ie{constructor(){super(...arguments);this.name="";this.input="angle";this.pairs=[{raw:"",actual:""}];this.error="";this.note="";this.importing=!1;this.importText="";this.fmt=de(Xe)}connectedCallback(){super.connectedCallback(),this.input=this.hydrometer.format==="ispindel"?"angle":"gravity",Vc(this.hass,this.hydrometer.device_id).then(e=>this.show(e),()=>{})}get t(){return le(Ie(this.hass))}show(e){this.saved=e,this.input=e.input,this.pairs=e.points.map(t=>({raw:String(t.raw),actual:String(t.actual)}))}points(){let e=n=>Number.parseFloat(n.replace(",",".")),t=[];for(let[n,r]of this.pairs.entries()){if(!r.raw.trim()&&!r.actual.trim())continue;let o=e(r.raw),l=e(r.actual);if(!Number.isFinite(o)||!Number.isFinite(l))return this.error=this.t("hydro.cal_bad_pair",{n:n+1}),null;t.push({raw:o,actual:l})}return t}async save(e=this.points(),t=this.input){if(this.note="",!!e){this.error="";try{this.show(await jc(this.hass,this.hydrometer.device_id,t,e)),this.note=this.t("hydro.cal_saved")}catch(n){this.error=ce(n)}}}exportJson(){if(!this.saved)return;let e=URL.createObjectURL(new Blob([JSON.stringify(this.saved,null,2)],{type:"application/json"})),t=document.createElement("a");t.href=e,t.download=`calibration-${this.name||this.hydrometer.key}.json`,t.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}async importJson(){try{let e=JSON.parse(this.importText);if(!Array.isArray(e.points))throw new Error('no "points" in this document');await this.save(e.points,e.input??this.input),this.importing=!1}catch(e){this.error=ce(e)}}setPair(e,t){this.pairs=this.pairs.map((n,r)=>r===e?{...n,...t}:n)}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=r=>this.saved&&this.saved.points.length===this.pairs.length?this.saved.residuals[r]:void 0;return y`<section class="card" role="dialog" aria-labelledby="cal-title">
      <h3 id="cal-title">${e("hydro.cal_title",{name:this.name})}</h3>
      <p class="muted">${e("hydro.cal_help")}</p>
      <label>
        ${e("hydro.cal_input")}
        <select
          @change=${r=>this.input=r.target.value}
        >
          <option value="angle" ?selected=${this.input==="angle"}>
            ${e("hydro.cal_input.angle")}
          </option>
          <option value="gravity" ?selected=${this.input==="gravity"}>
            ${e("hydro.cal_input.gravity")}
          </option>
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${e("hydro.cal_raw")}</th>
            <th>${e("hydro.cal_actual")}</th>
            <th class="num">${e("hydro.cal_residual")}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.pairs.map((r,o)=>{let l=n(o);return y`<tr class="pair">
              <td>${o+1}</td>
              <td>
                <input
                  class="raw"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_raw")} ${o+1}`}
                  .value=${r.raw}
                  @input=${c=>this.setPair(o,{raw:c.target.value})}
                />
              </td>
              <td>
                <input
                  class="actual"
                  inputmode="decimal"
                  aria-label=${`${e("hydro.cal_actual")} ${o+1}`}
                  .value=${r.actual}
                  @input=${c=>this.setPair(o,{actual:c.target.value})}
                />
              </td>
              <td class="num">${l===void 0?"":t.number(l,4)}</td>
              <td>
                <button
                  class="icon"
                  aria-label=${e("hydro.cal_remove",{n:o+1})}
                  @click=${()=>this.pairs=this.pairs.filter((c,u)=>u!==o)}
                >
                  ×
                </button>
              </td>
            </tr>`})}
        </tbody>
      </table>
      <div class="toolbar">
        <button @click=${()=>this.pairs=[...this.pairs,{raw:"",actual:""}]}>
          ${e("hydro.cal_add")}
        </button>
        <span class="spacer"></span>
        <button class="primary save" @click=${()=>{this.save()}}>
          ${e("hydro.cal_save")}
        </button>
      </div>
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      ${this.note?y`<p role="status">${this.note}</p>`:A}
      ${this.saved?this.renderFit(this.saved):y`<p class="muted">${e("hydro.cal_none")}</p>`}
      ${this.importing?y`<label class="wide"
                >${e("hydro.cal_import_label")}
                <textarea
                  rows="4"
                  .value=${this.importText}
                  @input=${r=>this.importText=r.target.value}
                ></textarea>
              </label>
              <button @click=${()=>{this.importJson()}}>${e("hydro.cal_import")}</button>`:A}
      <div class="toolbar">
        <button ?disabled=${!this.saved} @click=${()=>this.exportJson()}>
          ${e("hydro.cal_export")}
        </button>
        <button @click=${()=>this.importing=!this.importing}>${e("hydro.cal_import")}</button>
        <span class="spacer"></span>
        <button @click=${()=>ee(this,"calibration-closed")}>${e("common.close")}</button>
      </div>
    </section>`}renderFit(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=e.points.map(E=>E.raw),o=e.points.map(E=>E.actual);if(!r.length)return A;let l=(E,_)=>(_-E||Math.abs(_)||1)*.1,[c,u]=[Math.min(...r),Math.max(...r)],p=Array.from({length:41},(E,_)=>c+(u-c)*_/40).map(E=>[E,$p(e.coefficients,E)]),f=[...o,...p.map(([,E])=>E)],[v,w]=[Math.min(...f),Math.max(...f)],S=E=>(E-c+l(c,u))/(u-c+2*l(c,u))*xo,P=E=>_o-(E-v+l(v,w))/(w-v+2*l(v,w))*_o,C=e.coefficients.map((E,_)=>`${n.number(E,6)}${_===0?"":_===1?"·x":`·x${_===2?"²":"³"}`}`).join(" + ");return y`<figure>
      <svg
        viewBox="0 0 ${xo} ${_o}"
        role="img"
        aria-label=${t("hydro.cal_fit",{formula:C,r2:e.r2===null?"—":n.number(e.r2,4)})}
      >
        ${Rr`<polyline class="curve" fill="none" points=${p.map(([E,_])=>`${S(E)},${P(_)}`).join(" ")}></polyline>`}
        ${e.points.map(E=>Rr`<circle class="point" r="4" cx=${S(E.raw)} cy=${P(E.actual)}></circle>`)}
      </svg>
      <figcaption class="fit">
        ${t("hydro.cal_fit",{formula:C,r2:e.r2===null?"—":n.number(e.r2,4)})}
      </figcaption>
    </figure>`}};pt.styles=[we,ye`
      input,
      textarea {
        font: inherit;
        inline-size: 7em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      textarea {
        inline-size: 100%;
      }
      svg {
        inline-size: 100%;
        max-inline-size: ${xo*1.5}px;
        background: var(--secondary-background-color);
        border-radius: 8px;
      }
      .curve {
        stroke: var(--primary-color);
        stroke-width: 2;
      }
      .point {
        fill: var(--accent-color, var(--warning-color));
      }
      figure {
        margin: 8px 0;
      }
    `],b([z({attribute:!1})],pt.prototype,"hass",2),b([z({attribute:!1})],pt.prototype,"hydrometer",2),b([z()],pt.prototype,"name",2),b([R()],pt.prototype,"input",2),b([R()],pt.prototype,"pairs",2),b([R()],pt.prototype,"saved",2),b([R()],pt.prototype,"error",2),b([R()],pt.prototype,"note",2),b([R()],pt.prototype,"importing",2),b([R()],pt.prototype,"importText",2),pt=b([pe("brewpit-calibration")],pt);var Sp=1e4,kp=["ispindel","tilt","brewfather"],Wc={ispindel:"iSpindel",tilt:"Tilt",brewfather:"GravityMon / Brewfather stream"},rt=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.hydrometers=[];this.series=[];this.hubUrl="";this.name="";this.error="";this.confirmDelete="";this.fmt=de(Xe);this.names=de(ls)}connectedCallback(){super.connectedCallback(),Wn(this.hass).then(e=>this.hubUrl=Kn(e.url,window.location.hostname),e=>this.error=ce(e)),this.refresh()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.timer)}get t(){return le(Ie(this.hass))}async refresh(){clearTimeout(this.timer);try{[this.gateways,this.hydrometers,this.series]=await Promise.all([Oc(this.hass),Hc(this.hass),os(this.hass)])}catch(e){this.error=ce(e)}this.isConnected&&(this.timer=setTimeout(()=>{this.refresh()},Sp))}async create(e){e.preventDefault(),this.error="";try{this.created=await Uc(this.hass,this.name.trim()||"Hydrometers"),this.name="",await this.refresh()}catch(t){this.error=ce(t)}}async removeGateway(e){try{await Fc(this.hass,e),this.created?.id===e&&(this.created=void 0),this.confirmDelete="",await this.refresh()}catch(t){this.error=ce(t)}}render(){let e=this.t;return this.hass.user?.is_admin?y`<h2>${e("hydro.title")}</h2>
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      <section class="card gateways" aria-labelledby="gw-title">
        <h3 id="gw-title">${e("hydro.gateways")}</h3>
        <p class="muted">${e("hydro.gateways_help")}</p>
        <form class="toolbar" @submit=${t=>{this.create(t)}}>
          <input
            name="gateway-name"
            aria-label=${e("hydro.gateway_name")}
            placeholder=${e("hydro.gateway_name")}
            maxlength="64"
            .value=${this.name}
            @input=${t=>this.name=t.target.value}
          />
          <button class="primary" type="submit">${e("hydro.create")}</button>
        </form>
        ${this.created?this.renderUrls(this.created):A}
        ${this.gateways?.length===0?y`<p class="muted">${e("hydro.no_gateways")}</p>`:y`<ul class="plain">
                ${(this.gateways??[]).map(t=>this.renderGateway(t))}
              </ul>`}
      </section>
      ${this.renderHydrometers()}
      ${this.calibrating?y`<brewpit-calibration
              .hass=${this.hass}
              .hydrometer=${this.calibrating}
              .name=${this.hydrometerName(this.calibrating)}
              @calibration-closed=${()=>this.calibrating=void 0}
            ></brewpit-calibration>`:A}`:y`<div class="card"><p>${e("devices.admin_only")}</p></div>`}renderUrls(e){let t=this.t;return y`<div class="urls" role="region" aria-label=${t("hydro.urls",{name:e.name})}>
      <p>${t("hydro.urls",{name:e.name})}</p>
      <table>
        <thead>
          <tr>
            <th>${t("hydro.device_type")}</th>
            <th>${t("hydro.url")}</th>
          </tr>
        </thead>
        <tbody>
          ${kp.filter(n=>e.paths[n]).map(n=>y`<tr data-format=${n}>
                <td>
                  ${Wc[n]}
                  <div class="muted small">${t(`hydro.where.${n}`)}</div>
                </td>
                <td><code class="url">${this.hubUrl}${e.paths[n]}</code></td>
              </tr>`)}
        </tbody>
      </table>
    </div>`}renderGateway(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone);return y`<li class="toolbar">
      <span>${e.name}</span>
      <span class="muted">${n.dateYear(e.created_at)}</span>
      <span class="spacer"></span>
      ${this.confirmDelete===e.id?y`<span class="muted">${t("hydro.delete_gateway_consequence")}</span>
              <button class="danger" @click=${()=>{this.removeGateway(e.id)}}>
                ${t("devices.confirm_remove")}
              </button>
              <button @click=${()=>this.confirmDelete=""}>${t("common.cancel")}</button>`:y`<button class="danger" @click=${()=>this.confirmDelete=e.id}>
              ${t("hydro.delete_gateway")}
            </button>`}
    </li>`}hydrometerName(e){return this.names(this.hass.devices,this.hass.areas)(e.device_id).name||e.key}latest(e,t){let n=this.series.find(l=>l.device_id===e&&t.includes(l.kind));if(!n||n.last_value===null)return"—";let r=this.fmt(this.hass.locale,this.hass.config.time_zone),o=Ue(n.kind,n.unit,Be(this.hass.config.unit_system.temperature));return`${r.number(o.toDisplay(n.last_value),o.decimals)} ${o.unit}`}renderHydrometers(){let e=this.t,t=this.hydrometers.length?y`<table>
          <thead>
            <tr>
              <th>${e("hydro.list")}</th>
              <th class="num">${e("hydro.gravity")}</th>
              <th class="num">${e("hydro.battery")}</th>
              <th class="num">${e("hydro.signal")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${this.hydrometers.map(n=>y`<tr data-device=${n.device_id}>
                  <td>
                    ${this.hydrometerName(n)} <span class="muted">${Wc[n.format]}</span>
                  </td>
                  <td class="num gravity">
                    ${this.latest(n.device_id,["gravity","specific_gravity"])}
                  </td>
                  <td class="num">${this.latest(n.device_id,["battery"])}</td>
                  <td class="num">${this.latest(n.device_id,["signal_strength"])}</td>
                  <td>
                    <button @click=${()=>this.calibrating=n}>${e("hydro.calibrate")}</button>
                  </td>
                </tr>`)}
          </tbody>
        </table>`:y`<p class="muted">${e("hydro.none")}</p>`;return y`<section class="card" aria-labelledby="hy-title">
      <h3 id="hy-title">${e("hydro.list")}</h3>
      ${t}
    </section>`}};rt.styles=[we,ye`
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
      }
      code.url {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      .small {
        font-size: 0.8rem;
      }
      table {
        inline-size: 100%;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
    `],b([z({attribute:!1})],rt.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],rt.prototype,"narrow",2),b([R()],rt.prototype,"gateways",2),b([R()],rt.prototype,"hydrometers",2),b([R()],rt.prototype,"series",2),b([R()],rt.prototype,"created",2),b([R()],rt.prototype,"hubUrl",2),b([R()],rt.prototype,"name",2),b([R()],rt.prototype,"error",2),b([R()],rt.prototype,"confirmDelete",2),b([R()],rt.prototype,"calibrating",2),rt=b([pe("brewpit-hydrometers")],rt);var qn=s=>s.stall!==null&&s.stall.ended_at===null;function Zn(s,i){return s.status==="reached"?"reached":s.status!=="ok"||s.eta===null?"unknown":s.eta-i<=18e5?"soon":"ok"}var Ep={insufficient_data:"eta.reason.warming_up",no_pit:"eta.reason.no_pit",pit_below_target:"eta.reason.pit_below_target",no_progress:"eta.reason.no_progress",fit_poor:"eta.reason.fit_poor",too_far:"eta.reason.too_far",no_target:"eta.reason.no_target"};function Kc(s,i){if(qn(s))return i("eta.reason.stall");let e=s.reason?Ep[s.reason]:void 0;return i(e??"eta.reason.other")}function qc(s,i=48){let{as_of:e,value:t,target:n,eta:r}=s;if(s.status!=="ok"||e===null||t===null||n===null||r===null)return null;let o=Math.max(e,Math.min(s.low??r,r)),l=Math.max(r,s.high??r);if(!(r>e)||t>=n)return null;let c=s.pit,u=c!==null&&c>n,p=C=>{let E=C-e;if(E<=0)return()=>n;if(!u)return N=>Math.min(n,t+(n-t)*(N-e)/E);let _=Math.log((c-t)/(c-n))/E;return N=>Math.min(n,c-(c-t)*Math.exp(-_*(N-e)))},f=p(o),v=p(r),w=p(l),S={ts:[],mid:[],lo:[],hi:[]},P=new Set([o,r,l]);for(let C=0;C<=i;C++)P.add(Math.round(e+(l-e)*C/i));for(let C of[...P].sort((E,_)=>E-_))S.ts.push(C),S.hi.push(f(C)),S.lo.push(w(C)),S.mid.push(C<=r?v(C):Number.NaN);return S}var Yt=class extends ie{constructor(){super(...arguments);this.estimates=null;this.t=le("en");this.temp="°C";this.now=Date.now()}render(){let e=this.estimates;return!e||e.channels.length===0&&e.brew.length===0?A:y`<ul class="tiles">
      ${e.channels.map(t=>this.renderChannel(t))} ${e.brew.map(t=>this.renderBrew(t))}
    </ul>`}temperature(e){let t=Ue("temperature","°C",this.temp);return e===null?"—":`${this.formatters.number(t.toDisplay(e),t.decimals)} ${t.unit}`}renderChannel(e){let t=this.t,n=Zn(e,this.now),r=this.nodeOf?.(e.series_id),o=e.label??t("predictions.probe",{id:e.series_id});return y`<li class="tile ${n}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${o}</span>
        ${n==="reached"?y`<span class="badge reached">${t("predictions.reached")}</span>`:n==="soon"?y`<span class="badge soon">${t("predictions.soon")}</span>`:A}
      </div>
      ${r?y`<div class="muted small">${r}</div>`:A}
      <div class="now">
        <span class="value">${this.temperature(e.value)}</span>
        ${e.target===null?A:y`<span class="muted">→ ${this.temperature(e.target)}</span>`}
      </div>
      ${this.renderEta(e,n)} ${this.renderStall(e)}
    </li>`}renderEta(e,t){let n=this.t,r=this.formatters;if(t==="reached")return e.eta===null?A:y`<div class="muted small">
            ${n("predictions.reached_at",{time:r.clock(e.eta,this.now)})}
          </div>`;if(t==="unknown"||e.eta===null)return y`<div class="reason">${Kc(e,n)}</div>`;let o=e.low!==null&&e.high!==null&&e.high>e.low?n("predictions.band",{low:r.clock(e.low,this.now),high:r.clock(e.high,this.now)}):"";return y`<div class="eta">
        <span class="clock">${r.clock(e.eta,this.now)}</span>
        <span class="in">${Fl(e.eta-this.now,n)}</span>
      </div>
      ${o?y`<div class="muted small band">${o}</div>`:A}`}renderStall(e){let t=e.stall;if(!t)return A;let n=this.t,r=this.formatters,o=t.ended_at??e.as_of??this.now,l=rs(Math.max(0,o-t.since),n);return y`<div class="stall ${qn(e)?"on":""}">
      ${qn(e)?n("predictions.stall_on",{time:r.clock(t.since,this.now),duration:l}):n("predictions.stall_over",{duration:l,time:r.clock(o,this.now)})}
    </div>`}renderBrew(e){let t=this.t,n=this.formatters,r=[e.gravity===null?null:t("predictions.gravity",{value:n.number(e.gravity,3)}),e.attenuation===null?null:t("predictions.attenuation",{value:n.number(e.attenuation,0)}),e.abv===null?null:t("predictions.abv",{value:n.number(e.abv,1)})].filter(o=>o!==null);return y`<li class="tile ${e.finished?"reached":""}" data-series=${e.series_id}>
      <div class="top">
        <span class="name">${e.label??t("predictions.probe",{id:e.series_id})}</span>
        ${e.finished?y`<span class="badge reached">${t("predictions.finished")}</span>`:A}
      </div>
      <div>${r.length?r.join(" · "):t("eta.reason.warming_up")}</div>
    </li>`}};Yt.styles=[we,ye`
      :host {
        display: block;
      }
      .tiles {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .tile {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .tile.soon {
        border-color: var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
      }
      .tile.reached {
        border-color: var(--success-color, #43a047);
        background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        margin-inline-end: auto;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 10px;
        padding: 2px 8px;
        color: var(--text-primary-color, #fff);
      }
      .badge.soon {
        background: var(--warning-color, #ffa600);
      }
      .badge.reached {
        background: var(--success-color, #43a047);
      }
      .now .value {
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .eta {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        font-size: 1.25rem;
        font-weight: 500;
      }
      .small {
        font-size: 0.8125rem;
      }
      .reason {
        color: var(--secondary-text-color);
      }
      .stall {
        font-size: 0.8125rem;
        color: var(--secondary-text-color);
      }
      .stall.on {
        color: var(--warning-color, #ffa600);
      }
    `],b([z({attribute:!1})],Yt.prototype,"estimates",2),b([z({attribute:!1})],Yt.prototype,"formatters",2),b([z({attribute:!1})],Yt.prototype,"t",2),b([z({attribute:!1})],Yt.prototype,"temp",2),b([z({type:Number})],Yt.prototype,"now",2),b([z({attribute:!1})],Yt.prototype,"nodeOf",2),Yt=b([pe("brewpit-predictions")],Yt);var We=s=>typeof s=="number"&&Number.isFinite(s)?s:null,Js=s=>typeof s=="string"?s:null,wo=s=>s!==null&&typeof s=="object"&&!Array.isArray(s)?s:null,Zc=s=>Array.isArray(s)?s.map(wo).filter(i=>i!==null):[];function Tp(s){let i=wo(s),e=i?We(i.since):null;return!i||e===null?null:{since:e,ended_at:We(i.ended_at),duration_s:We(i.duration_s)}}function Mp(s){let i=We(s.series_id);return i===null?null:{series_id:i,label:Js(s.label),role:Js(s.role),unit:Js(s.unit),target:We(s.target),value:We(s.value),status:Js(s.status)??"unknown",reason:Js(s.reason),eta:We(s.eta),low:We(s.low),high:We(s.high),pit:We(s.pit),rate_per_h:We(s.rate_per_h),stall:Tp(s.stall),as_of:We(s.as_of)}}function Ap(s){let i=We(s.series_id);return i===null?null:{series_id:i,label:Js(s.label),gravity:We(s.gravity),attenuation:We(s.attenuation),abv:We(s.abv),trend_per_day:We(s.trend_per_day),finished:s.finished===!0,as_of:We(s.as_of)}}function Cp(s,i){let e=wo(s)??{};return{session_id:Js(e.session_id)??i,as_of:We(e.as_of),channels:Zc(e.channels).map(Mp).filter(t=>t!==null),brew:Zc(e.brew).map(Ap).filter(t=>t!==null)}}async function Yn(s,i){let e=await s.callWS({type:"brewpit/sessions/estimates",session_id:i});return Cp(e,i)}var Yc=s=>`brewpit_session_${s}_`;function zi(s){if(s.state===null||s.state==="")return null;let i=typeof s.state=="number"?s.state:Number(s.state);return Number.isFinite(i)?i:null}var Es=class{open(i,e,t){this.unsub||(this.unsub=i.connection.subscribeMessage(e,{type:"brewpit/live/subscribe"}).catch(n=>{t?.(n)}))}get active(){return this.unsub!==void 0}close(){let i=this.unsub;this.unsub=void 0,i?.then(e=>e?.()).catch(()=>{})}};var zp=5e3,Rp=3e4;function Pp(s,i){let e=new Map;for(let t of s){let n=e.get(t.device_id)??[];n.push(t),e.set(t.device_id,n)}return[...e.entries()].map(([t,n])=>[Ys(i(t)),n.sort((r,o)=>r.key.localeCompare(o.key))]).sort(([t],[n])=>t.localeCompare(n))}var At=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.series=[];this.states=new Map;this.error="";this.loaded=!1;this.now=Date.now();this.running=[];this.live=new Es;this.estimatesDue=!1;this.fmt=de(Xe);this.nodes=de(ls);this.groups=de(Pp)}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),zp),this.hass&&this.start()}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.estimatesTimer),this.live.close()}get t(){return le(Ie(this.hass))}async loadEstimates(){clearTimeout(this.estimatesTimer),this.estimatesDue=!1;try{let e=await Ci(this.hass,{status:"active"});this.running=await Promise.all(e.map(async t=>({session:t,estimates:await Yn(this.hass,t.id).catch(()=>null)})))}catch{}this.isConnected&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},Rp))}willUpdate(){this.hass&&!this.live.active&&this.isConnected&&this.start()}start(){this.live.open(this.hass,e=>this.onLive(e),e=>this.error=this.t("detail.live_unavailable",{error:ce(e)})),this.load(),this.loadEstimates()}async load(){try{let e=await os(this.hass),t=new Map(this.states);for(let n of e)t.has(n.id)||t.set(n.id,{value:n.last_value,ts:n.last_ts,unavailable:n.last_ts==null});this.series=e,this.states=t}catch(e){this.error=ce(e)}finally{this.loaded=!0}}onLive(e){this.now=Date.now();let t=new Map(this.states);for(let n of e.states){if(n.unique_id?.startsWith("brewpit_session_")&&!this.estimatesDue&&(this.estimatesDue=!0,clearTimeout(this.estimatesTimer),this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},5e3)),typeof n.series_id!="number")continue;let r=zi(n),o=t.get(n.series_id);t.set(n.series_id,{value:r??null,ts:r===null?o?.ts??null:n.ts,unavailable:r===null})}this.states=t}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Be(this.hass.config.unit_system.temperature);if(!this.loaded)return y`<div class="card" role="status">${e("live.loading")}</div>`;let r=this.nodes(this.hass.devices,this.hass.areas);return y`
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      ${this.renderRunning(t,n)}
      ${this.series.length===0?y`<div class="card muted">
              ${e("live.no_probes")}
              ${this.hass.user?.is_admin?y`<button
                      @click=${()=>ee(this,"brewpit-navigate",{path:"/devices"})}
                    >
                      ${e("empty.open_devices")}
                    </button>`:A}
            </div>`:A}
      <div class="devices">
        ${this.groups(this.series,r).map(([o,l])=>y`<section class="card" aria-label=${e("live.node",{name:o})}>
              <h3>${o}</h3>
              <ul>
                ${l.map(c=>{let u=this.states.get(c.id),p=Ue(c.kind,c.unit,n),f=u&&!u.unavailable&&u.value!==null?`${t.number(p.toDisplay(u.value),p.decimals)} ${p.unit}`:null,v=u?.ts!=null?e("live.last_seen",{when:t.relative(this.now-u.ts)}):e("live.never_seen");return y`<li class=${f?"":"unavailable"}>
                    <span class="probe">${c.name||c.key}</span>
                    <span class="value" aria-live="off">${f??e("live.unavailable")}</span>
                    <span class="seen muted" title=${u?.ts?t.dateTime(u.ts):""}
                      >${v}</span
                    >
                  </li>`})}
              </ul>
            </section>`)}
      </div>
    `}renderRunning(e,t){let n=this.t,r=this.nodes(this.hass.devices,this.hass.areas),o=l=>{let c=this.series.find(u=>u.id===l);return c?Ys(r(c.device_id)):void 0};return this.running.filter(l=>l.estimates&&(l.estimates.channels.length||l.estimates.brew.length)).map(l=>y`<section class="card running" aria-label=${l.session.name}>
            <h3>
              <a
                href=${"#"}
                @click=${c=>{c.preventDefault(),ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(l.session.id)}`})}}
                >${l.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${l.estimates}
              .formatters=${e}
              .t=${n}
              .temp=${t}
              .now=${this.now}
              .nodeOf=${o}
            ></brewpit-predictions>
          </section>`)}};At.styles=[we,ye`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      .running h3 a {
        color: var(--primary-color);
        text-decoration: none;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `],b([z({attribute:!1})],At.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],At.prototype,"narrow",2),b([R()],At.prototype,"series",2),b([R()],At.prototype,"states",2),b([R()],At.prototype,"error",2),b([R()],At.prototype,"loaded",2),b([R()],At.prototype,"now",2),b([R()],At.prototype,"running",2),At=b([pe("brewpit-live")],At);var Ts=ye`
  :host {
    display: block;
  }
  .head h2 {
    margin: 0;
  }
  .meta {
    margin-block: 8px 0;
  }
  brewpit-predictions {
    margin-block-start: 12px;
  }
  .small {
    font-size: 0.8125rem;
  }
  .chart-tools {
    margin-block-end: 8px;
  }
  .columns {
    display: grid;
    grid-template-columns: 3fr 2fr;
    gap: 16px;
  }
  .columns > .card {
    margin-block-end: 0;
  }
  :host([narrow]) .columns {
    grid-template-columns: 1fr;
  }
  .note-form {
    display: flex;
    gap: 8px;
  }
  .note-form input {
    flex: 1;
    min-inline-size: 0;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .notes li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .notes time {
    color: var(--secondary-text-color);
    font-size: 0.8125rem;
  }
  button.link {
    border: none;
    min-block-size: 0;
    padding: 0;
    text-decoration: underline;
  }
  :host([narrow]) .card {
    padding: 12px;
  }
  :host([narrow]) table .muted {
    display: none;
  }
`;var Jt=class extends ie{constructor(){super(...arguments);this.figures=[];this.t=le("en");this.zoomed=!1}render(){let e=this.t,t=this.formatters;return y`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.zoomed?e("figures.title_in_view"):e("figures.title")}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>${e("figures.channel")}</th>
            <th class="num">${e("figures.now")}</th>
            <th class="num">${e("figures.min")}</th>
            <th class="num">${e("figures.max")}</th>
            <th class="num">${e("figures.target")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.figures.map(n=>{let r=this.nodeOf?.(n.seriesId);return y`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme?`background:${fs(this.theme,n.colorIndex)}`:""}
                ></span
                >${n.label}
                ${as(n.role,e).toLowerCase()===n.label.toLowerCase()?"":y`<span class="muted role">${as(n.role,e)}</span>`}
                ${r?y`<div class="muted node">${r}</div>`:""}
              </td>
              <td class="num">${t.number(n.latest,n.decimals)} ${n.unit}</td>
              <td class="num">${t.number(n.min,n.decimals)}</td>
              <td class="num">${t.number(n.max,n.decimals)}</td>
              <td class="num">${n.target==null?"—":t.number(n.target,n.decimals)}</td>
            </tr>`})}
        </tbody>
      </table>
    </section>`}};Jt.styles=[we,Ts],b([z({attribute:!1})],Jt.prototype,"figures",2),b([z({attribute:!1})],Jt.prototype,"theme",2),b([z({attribute:!1})],Jt.prototype,"formatters",2),b([z({attribute:!1})],Jt.prototype,"t",2),b([z({attribute:!1})],Jt.prototype,"nodeOf",2),b([z({type:Boolean})],Jt.prototype,"zoomed",2),Jt=b([pe("brewpit-session-figures")],Jt);var Jc=ye`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 12px;
  }
  .grid label {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  fieldset {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    margin-block: 12px;
    padding: 8px 12px;
  }
  legend {
    color: var(--secondary-text-color);
    padding-inline: 4px;
  }
  .probe {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 9em 8em;
    gap: 4px 8px;
    align-items: center;
    padding-block: 6px;
    border-block-end: 1px solid var(--divider-color);
  }
  .probe:last-of-type {
    border-block-end: none;
  }
  .check {
    color: var(--primary-text-color);
    display: flex;
    align-items: center;
    gap: 8px;
    min-inline-size: 0;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    margin-inline-end: auto;
  }
  .who .node {
    font-size: 0.75rem;
  }
  .reading {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .target {
    inline-size: 100%;
  }
  select:disabled,
  input:disabled {
    opacity: 0.45;
    cursor: not-allowed;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
    border-style: dashed;
  }
  .in-use {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--warning-color, #ffa600);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--primary-text-color);
  }
  .others summary {
    cursor: pointer;
    color: var(--secondary-text-color);
    padding-block: 8px;
  }
  @media (max-width: 600px) {
    .probe {
      grid-template-columns: 1fr 1fr;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
`;var ot=class extends ie{constructor(){super(...arguments);this.rows=[];this.kind="cook";this.name="";this.recipe="";this.og="";this.notes="";this.error="";this.busy=!1;this.loaded=!1;this.live=new Es;this.fmt=de(Xe);this.nodes=de(ls)}connectedCallback(){super.connectedCallback();let e=this.session;e&&(this.kind=e.kind,this.name=e.name,this.recipe=e.recipe??"",this.og=e.og==null?"":String(e.og),this.notes=e.notes),this.loadSeries(),this.live.open(this.hass,t=>{let n=new Map(t.states.map(r=>[r.series_id,r]));this.rows.some(r=>n.has(r.series.id))&&(this.rows=this.rows.map(r=>{let o=n.get(r.series.id);return o&&typeof o.ts=="number"?{...r,series:{...r.series,last_value:zi(o),last_ts:o.ts}}:r}))})}disconnectedCallback(){super.disconnectedCallback(),this.live.close()}get t(){return le(Ie(this.hass))}async loadSeries(){try{let[e,t]=await Promise.all([os(this.hass),Ci(this.hass,{status:"active"}).catch(()=>[])]),n=Be(this.hass.config.unit_system.temperature),r=new Map(this.session?.channels.map(o=>[o.series_id,o]));this.rows=e.map(o=>{let l=r.get(o.id),c=Ue(o.kind,o.unit,n);return{series:o,on:!!l,role:l?.role??Cc(o.name,o.key,o.kind),target:l?.target==null?"":String(Math.round(c.toDisplay(l.target)*10)/10),inUse:t.filter(u=>u.id!==this.session?.id).filter(u=>u.channels.some(p=>p.series_id===o.id)).map(u=>u.name),share:!!l}})}catch(e){this.error=ce(e)}finally{this.loaded=!0}}rowsOn(){return this.rows.filter(e=>e.on)}patch(e,t){this.rows=this.rows.map(n=>n.series.id===e?{...n,...t}:n)}async submit(e){e.preventDefault();let t=this.t,n=this.rows.find(p=>p.on&&p.inUse.length&&!p.share);if(n){this.error=t("form.confirm_share_first",{probe:n.series.name||n.series.key});return}let r=Be(this.hass.config.unit_system.temperature),o=this.rowsOn().map(p=>{let f=Ue(p.series.kind,p.series.unit,r),v=Number.parseFloat(p.target.replace(",","."));return{series_id:p.series.id,role:p.role,label:(p.series.name||p.series.key).slice(0,64),...Number.isFinite(v)?{target:Math.round(f.fromDisplay(v)*1e3)/1e3}:{}}}),l=Number.parseFloat(this.og.replace(",","."));this.busy=!0,this.error="";let c=o.find((p,f)=>p.target===void 0&&this.rowsOn()[f].target.trim());if(c){this.busy=!1,this.error=t("form.bad_target",{probe:c.label??""});return}let u={name:this.name.trim(),channels:o,...this.recipe.trim()?{recipe:this.recipe.trim()}:{},...this.kind==="brew"&&Number.isFinite(l)?{og:l}:{}};try{if(this.session){let p=await fc(this.hass,this.session.id,{...u,notes:this.notes});ee(this,"session-saved",p)}else ee(this,"session-created",await mc(this.hass,{kind:this.kind,...u}))}catch(p){this.error=ce(p)}finally{this.busy=!1}}render(){let e=this.t,t=n=>r=>n(r.target.value);return y`<form class="card" @submit=${n=>{this.submit(n)}}>
      <h2>${this.session?e("form.edit_title"):e("form.title")}</h2>
      <div class="grid">
        <label>
          ${e("form.name")}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${t(n=>this.name=n)}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            name="kind"
            ?disabled=${!!this.session}
            @change=${n=>this.kind=n.target.value}
          >
            <option value="cook" ?selected=${this.kind==="cook"}>${e("kind.cook")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("kind.brew")}</option>
          </select>
        </label>
        <label>
          ${e("form.recipe")}
          <input maxlength="200" .value=${this.recipe} @input=${t(n=>this.recipe=n)} />
        </label>
        ${this.kind==="brew"?y`<label>
                ${e("form.og")}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${t(n=>this.og=n)}
                />
              </label>`:A}
        ${this.session?y`<label class="wide">
                ${e("form.notes")}
                <textarea
                  name="notes"
                  rows="3"
                  .value=${this.notes}
                  @input=${t(n=>this.notes=n)}
                ></textarea>
              </label>`:A}
      </div>
      ${this.renderProbes()}
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      <div class="toolbar">
        <span class="spacer"></span>
        ${this.session?y`<button type="button" @click=${()=>ee(this,"form-closed")}>
                ${e("common.cancel")}
              </button>`:A}
        <button class="primary" type="submit" ?disabled=${this.busy||!this.name.trim()}>
          ${this.session?e("form.save"):e("form.start")}
        </button>
      </div>
    </form>`}renderProbes(){let e=this.t,t=this.rows.filter(l=>Ac(l.role,this.kind)&&!zc.has(l.series.kind)||l.on),n=this.rows.filter(l=>!t.includes(l)),r=this.kind==="cook"?e("kind.cook"):e("kind.brew"),o=this.loaded?this.rows.length===0?y`<p class="muted">
            ${e("form.no_probes")}
            <button
              type="button"
              @click=${()=>ee(this,"brewpit-navigate",{path:"/devices"})}
            >
              ${e("empty.open_devices")}
            </button>
          </p>`:y`${t.map(l=>this.renderRow(l))}
          ${n.length?y`<details class="others">
                  <summary>${e("form.other_probes",{count:n.length,kind:r})}</summary>
                  ${n.map(l=>this.renderRow(l))}
                </details>`:A}`:y`<p class="muted" role="status">${e("form.loading_probes")}</p>`;return y`<fieldset>
      <legend>${e("form.probes")}</legend>
      ${o}
    </fieldset>`}renderRow(e){let t=this.t,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=Be(this.hass.config.unit_system.temperature),o=Ue(e.series.kind,e.series.unit,r),l=e.series.name||e.series.key,c=Ys(this.nodes(this.hass.devices,this.hass.areas)(e.series.device_id)),u=e.series.last_value===null?t("form.no_reading"):`${n.number(o.toDisplay(e.series.last_value),o.decimals)} ${o.unit}`,p=e.series.id;return y`<div class="probe ${e.on?"on":""}" data-series=${p}>
      <label class="check">
        <input
          type="checkbox"
          .checked=${e.on}
          @change=${f=>this.patch(p,{on:f.target.checked})}
        />
        <span class="who">
          <span class="name">${l}</span>
          <span class="muted node">${c}</span>
        </span>
        <span class="reading" title=${e.series.last_ts?n.dateTime(e.series.last_ts):""}
          >${u}</span
        >
      </label>
      ${this.renderRole(e,l)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${t("form.target_of",{probe:l,unit:o.unit})}
        placeholder=${t("form.target_placeholder",{unit:o.unit})}
        ?disabled=${!e.on}
        .value=${e.target}
        @input=${f=>this.patch(p,{target:f.target.value})}
      />
      ${e.inUse.length?y`<div class="in-use" role="note">
              ${t("form.in_use",{sessions:e.inUse.join(", ")})}
              ${e.on?y`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${e.share}
                        @change=${f=>this.patch(p,{share:f.target.checked})}
                      />
                      ${t("form.share",{sessions:e.inUse.join(", ")})}
                    </label>`:A}
            </div>`:A}
    </div>`}renderRole(e,t){let n=this.t,r=Mc(this.kind),o=e.series.id;return y`<select
      aria-label=${n("form.role_of",{probe:t})}
      ?disabled=${!e.on}
      @change=${l=>this.patch(o,{role:l.target.value})}
    >
      ${r.fitting.map(l=>y`<option value=${l} ?selected=${l===e.role}>${as(l,n)}</option>`)}
      <optgroup label=${n("form.other_roles")}>
        ${r.others.map(l=>y`<option value=${l} ?selected=${l===e.role}>${as(l,n)}</option>`)}
      </optgroup>
    </select>`}};ot.styles=[we,Jc],b([z({attribute:!1})],ot.prototype,"hass",2),b([z({attribute:!1})],ot.prototype,"session",2),b([R()],ot.prototype,"rows",2),b([R()],ot.prototype,"kind",2),b([R()],ot.prototype,"name",2),b([R()],ot.prototype,"recipe",2),b([R()],ot.prototype,"og",2),b([R()],ot.prototype,"notes",2),b([R()],ot.prototype,"error",2),b([R()],ot.prototype,"busy",2),b([R()],ot.prototype,"loaded",2),ot=b([pe("brewpit-session-form")],ot);var yt=class extends ie{constructor(){super(...arguments);this.estimates=null;this.now=Date.now();this.error="";this.confirmEnd=!1;this.confirmDelete=!1;this.busy=!1;this.fmt=de(Xe)}get t(){return le(Ie(this.hass))}async end(){this.busy=!0;try{ee(this,"session-changed",await gc(this.hass,this.session.id)),this.confirmEnd=!1}catch(e){ee(this,"session-error",ce(e))}finally{this.busy=!1}}async deleteIt(){this.busy=!0;try{await vc(this.hass,this.session.id),ee(this,"brewpit-navigate",{path:"/sessions"})}catch(e){ee(this,"session-error",ce(e))}finally{this.busy=!1}}async exportCsv(){let e=this.session,t=ho(this.hass.locale,this.hass.config.time_zone);try{await yc(this.hass,e.id,xc(e),t)}catch(n){let r=n instanceof sn?this.t("detail.export_failed",{status:n.status}):ce(n);ee(this,"session-error",r)}}render(){let e=this.t,t=this.session,n=this.fmt(this.hass.locale,this.hass.config.time_zone),r=t.status==="active";return y`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${t.name}</h2>
        <span class="chip">${t.kind==="cook"?e("kind.cook"):e("kind.brew")}</span>
        <span class="chip ${r?"active":""}">
          ${e(r?"status.running":"status.ended")}
        </span>
        <span class="spacer"></span>
        <button @click=${()=>{this.exportCsv()}}>${e("detail.export_csv")}</button>
        ${this.hass.user?.is_admin?y`<button class="edit" @click=${()=>ee(this,"session-edit")}>
                  ${e("detail.edit")}
                </button>
                ${r?this.renderEnd():A} ${this.renderDelete()}`:A}
      </div>
      <p class="muted meta">
        ${e("detail.started",{time:n.dateTime(t.started_at)})} ·
        ${t.ended_at?y`${e("detail.ended",{time:n.dateTime(t.ended_at)})} · `:""}
        ${rs((t.ended_at??this.now)-t.started_at,e)}
        ${t.recipe?y` · ${t.recipe}`:A}
        ${t.og!=null?y` · ${e("detail.og",{value:n.number(t.og,3)})}`:A}
      </p>
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${n}
        .t=${e}
        .temp=${Be(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`}renderEnd(){let e=this.t;return this.confirmEnd?y`<span role="group" aria-label=${e("detail.confirm_end_group")} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.end()}}>
        ${e("detail.confirm_end")}
      </button>
      <button @click=${()=>this.confirmEnd=!1}>${e("common.cancel")}</button>
    </span>`:y`<button class="danger" @click=${()=>this.confirmEnd=!0}>
        ${e("detail.end")}
      </button>`}renderDelete(){let e=this.t;return this.confirmDelete?y`<span role="group" aria-label=${e("detail.confirm_delete_group")} class="toolbar">
      <span class="muted">${e("detail.delete_consequence")}</span>
      <button class="danger" ?disabled=${this.busy} @click=${()=>{this.deleteIt()}}>
        ${e("detail.confirm_delete")}
      </button>
      <button @click=${()=>this.confirmDelete=!1}>${e("common.cancel")}</button>
    </span>`:y`<button class="danger" @click=${()=>this.confirmDelete=!0}>
        ${e("detail.delete")}
      </button>`}};yt.styles=[we,Ts],b([z({attribute:!1})],yt.prototype,"hass",2),b([z({attribute:!1})],yt.prototype,"session",2),b([z({attribute:!1})],yt.prototype,"estimates",2),b([z({type:Number})],yt.prototype,"now",2),b([z()],yt.prototype,"error",2),b([z({attribute:!1})],yt.prototype,"nodeOf",2),b([R()],yt.prototype,"confirmEnd",2),b([R()],yt.prototype,"confirmDelete",2),b([R()],yt.prototype,"busy",2),yt=b([pe("brewpit-session-head")],yt);var xt=class extends ie{constructor(){super(...arguments);this.sessionId="";this.annotations=[];this.at=null;this.t=le("en");this.text="";this.busy=!1;this.error=""}async add(e){e.preventDefault();let t=this.text.trim();if(t){this.busy=!0,this.error="";try{let n=await bc(this.hass,this.sessionId,t,this.at??void 0);this.text="",ee(this,"note-added",n)}catch(n){this.error=ce(n)}finally{this.busy=!1}}}render(){let e=this.t,t=this.formatters,n={note:e("notes.kind.note"),alert:e("notes.kind.alert"),event:e("notes.kind.event")};return y`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">${e("notes.title")}</h3>
      ${this.hass.user?.is_admin?y`<form class="note-form" @submit=${r=>{this.add(r)}}>
                <label for="note" class="visually-hidden">${e("notes.text")}</label>
                <input
                  id="note"
                  name="note"
                  maxlength="500"
                  placeholder=${e("notes.placeholder")}
                  .value=${this.text}
                  @input=${r=>this.text=r.target.value}
                />
                <button class="primary" type="submit" ?disabled=${this.busy||!this.text.trim()}>
                  ${e("notes.add")}
                </button>
              </form>
              <p class="muted small">
                ${this.at?y`${e("notes.at_picked",{time:t.dateTime(this.at)})}
                        <button class="link" @click=${()=>ee(this,"note-at-cleared")}>
                          ${e("notes.use_now")}
                        </button>`:e("notes.at_now")}
              </p>`:A}
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      ${this.annotations.length?y`<ul class="notes">
              ${this.annotations.map(r=>y`<li>
                    <span class="chip ${r.kind==="alert"?"alert":""}"
                      >${n[r.kind]??r.kind}</span
                    >
                    <time datetime=${new Date(r.ts).toISOString()}>${t.dateTime(r.ts)}</time>
                    <span>${r.text}</span>
                  </li>`)}
            </ul>`:y`<p class="muted">${e("notes.none")}</p>`}
    </section>`}};xt.styles=[we,Ts],b([z({attribute:!1})],xt.prototype,"hass",2),b([z()],xt.prototype,"sessionId",2),b([z({attribute:!1})],xt.prototype,"annotations",2),b([z({attribute:!1})],xt.prototype,"at",2),b([z({attribute:!1})],xt.prototype,"formatters",2),b([z({attribute:!1})],xt.prototype,"t",2),b([R()],xt.prototype,"text",2),b([R()],xt.prototype,"busy",2),b([R()],xt.prototype,"error",2),xt=b([pe("brewpit-session-notes")],xt);var Jn=class{constructor(){this.bySeries=new Map}add(i,e){let t=this.bySeries.get(i)??[];t.push(e),this.bySeries.set(i,t)}get size(){return this.bySeries.size}clear(){this.bySeries.clear()}drain(i){let e=0,t=!1,n=i.series.map(o=>{let l=this.bySeries.get(o.series_id);if(!l)return o;let c=o.points.length?o.points[o.points.length-1][0]:-1/0,u=l.filter(p=>p[0]>c).sort((p,f)=>p[0]-f[0]);return e=Math.max(e,u.length),u.length&&u[0][0]-c>6e4&&(t=!0),u.length?{...o,points:[...o.points,...u]}:o});if(this.bySeries.clear(),!e)return{history:i,added:e,skipped:t};let r=Math.max(i.to,...n.map(o=>o.points[o.points.length-1]?.[0]??0));return{history:{...i,series:n,to:r},added:e,skipped:t}}};function Qc(s){if(!s)return 0;let i=0;for(let e of s.series)i=Math.max(i,e.points[e.points.length-1]?.[0]??0);return i}var Lp=1e3,Np=5e3,Dp=6e4,Qn=class{constructor(i,e){this.host=i;this.on=e;this.live=new Es;this.buffer=new Jn;this.estimatesAt=0;i.addController(this)}follow(i,e){let t=e?.id!==this.session?.id;this.hass=i,this.session=e,t&&(this.stop(),e&&this.loadEstimates()),e?.status==="active"?this.live.open(i,n=>this.onLive(n),n=>this.on.error(n)):this.live.close()}hostDisconnected(){this.stop(),this.session=void 0}stop(){this.live.close(),clearTimeout(this.flushTimer),clearTimeout(this.estimatesTimer),this.flushTimer=void 0,this.buffer.clear()}async loadEstimates(){let{hass:i,session:e}=this;if(!(!i||!e)){clearTimeout(this.estimatesTimer),this.estimatesAt=Date.now();try{let t=await Yn(i,e.id);e.id===this.session?.id&&this.on.estimates(t)}catch{}this.session?.id===e.id&&this.session.status==="active"&&(this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},Dp))}}onLive(i){let e=this.session;if(!e)return;let t=new Set(e.channels.map(o=>o.series_id)),n=Yc(e.id),r=!1;for(let o of i.states)o.unique_id?.startsWith(n)&&(r=!0),!(!t.has(o.series_id)||typeof o.ts!="number")&&this.buffer.add(o.series_id,[o.ts,zi(o)]);if(r){clearTimeout(this.estimatesTimer);let o=Math.max(0,this.estimatesAt+Np-Date.now());this.estimatesTimer=setTimeout(()=>{this.loadEstimates()},o)}this.buffer.size&&this.flushTimer===void 0&&(this.flushTimer=setTimeout(()=>{this.flushTimer=void 0,this.on.readings(this.buffer)},Lp))}};function Xc(s,i,e,t,n,r){if(!s)return Fn;let o=r*6e4,l=[],c=[],u=new Map,p=s.channels.length;for(let f of s.channels){let v=i.findIndex(E=>E.series_id===f.series_id);if(v<0)continue;let w=i[v],S=Ue(w.kind,f.unit??w.unit,e),P=Zn(f,o);P==="reached"?u.set(v,{text:n("chart.reached"),state:P}):f.eta!==null&&P!=="unknown"&&u.set(v,{text:n("chart.eta",{time:t.clock(f.eta,o)}),state:P});let C=qc(f);if(C&&l.push({scale:S.unit,colorIndex:v,xs:C.ts.map(E=>E/1e3),mid:C.mid.map(E=>Number.isFinite(E)?S.toDisplay(E):Number.NaN),lo:C.lo.map(S.toDisplay),hi:C.hi.map(S.toDisplay)}),f.stall){let E=f.stall.ended_at??f.as_of;c.push({x:f.stall.since/1e3,endX:E===null?null:E/1e3,colorIndex:v,label:p>1?n("chart.stall_of",{label:w.label}):n("chart.stall")})}}return{projections:l,stalls:c,targetNotes:u}}var Ip=250,Hp=600,Op=15e3,et=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.sessionId="";this.view=Gn;this.estimates=null;this.series=[];this.error="";this.noteAt=null;this.editing=!1;this.now=Date.now();this.requestSeq=0;this.appended=0;this.feed=new Qn(this,{readings:e=>this.flushLive(e),estimates:e=>this.estimates=e,error:e=>this.error=this.t("detail.live_unavailable",{error:ce(e)})});this.model=de(lc);this.figures=de(uc);this.fmt=de(Xe);this.nodes=de(ls);this.extras=de(Xc);this.theme=de(e=>On(t=>getComputedStyle(this).getPropertyValue(t)));this.xRange=de((e,t)=>e===void 0||t===void 0?null:{min:e/1e3,max:t/1e3});this.nodeOf=e=>{let t=this.series.find(n=>n.id===e);return t?Ys(this.nodes(this.hass.devices,this.hass.areas)(t.device_id)):void 0};this.detailOf=e=>this.nodeOf(this.history?.series[e]?.series_id??-1);this.onRangeChanged=e=>this.choose({from:e.detail.min*1e3,to:e.detail.max*1e3});this.onChartClick=e=>{this.noteAt=Math.round(e.detail.x*1e3)}}connectedCallback(){super.connectedCallback(),this.ticker=setInterval(()=>this.now=Date.now(),Op),this.hass&&this.session&&this.feed.follow(this.hass,this.session)}disconnectedCallback(){super.disconnectedCallback(),clearInterval(this.ticker),clearTimeout(this.refetchTimer)}willUpdate(e){e.has("sessionId")&&this.sessionId&&this.load()}updated(e){e.has("session")&&this.isConnected&&this.feed.follow(this.hass,this.session)}get t(){return le(Ie(this.hass))}get temp(){return Be(this.hass.config.unit_system.temperature)}maxPoints(){let e=this.chart?.plotWidth||this.clientWidth-120||window.innerWidth-120;return jn(e)}async load(){let e=++this.requestSeq;this.error="",this.view=Gn,this.noteAt=null,this.estimates=null,this.feed.follow(this.hass,void 0),os(this.hass).then(t=>this.series=t,()=>{});try{let[t,n]=await Promise.all([Vn(this.hass,this.sessionId),nn(this.hass,this.sessionId,{max_points:this.maxPoints()})]);if(e!==this.requestSeq)return;this.session=t,this.history=n,this.appended=0,this.now=Date.now()}catch(t){e===this.requestSeq&&(this.error=ce(t))}}edge(){return Math.max(this.now,Qc(this.history))}ahead(){let e=this.session;if(!e||e.ended_at!==null||!this.view.follow)return 0;let t=(this.estimates?.channels??[]).filter(o=>o.status==="ok").map(o=>o.high??o.eta??0),n=this.edge(),r=this.view.range?n-(this.view.range.to-this.view.range.from):e.started_at;return Sc(t,n,n-r)}visible(){return this.session?kc(this.session,this.view,this.edge(),this.ahead()):null}choose(e){this.session&&(this.view=Ec(this.session,e,this.edge(),this.ahead()),clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},Ip))}async refetch(){let e=++this.requestSeq,t=this.visible(),n=t?{from:t.from,...this.view.follow?{}:{to:t.to}}:{};try{let r=await nn(this.hass,this.sessionId,{...n,max_points:this.maxPoints()});if(e!==this.requestSeq)return;this.history=r,this.appended=0}catch(r){e===this.requestSeq&&(this.error=ce(r))}}flushLive(e){if(!this.history)return e.clear();let{history:t,added:n,skipped:r}=e.drain(this.history);this.now=Date.now(),n&&(this.history=t,this.appended+=n,this.view.follow&&(r?(clearTimeout(this.refetchTimer),this.refetchTimer=setTimeout(()=>{this.refetch()},1e3)):this.appended>=Hp&&this.refetch()))}pan(e){let t=this.visible();t&&this.session&&this.choose(wc(t,e,rn(this.session,this.edge(),this.ahead())))}zoom(e){let t=this.visible()??(this.session?bo(this.session,this.now):null);t&&this.session&&this.choose($c(t,e,rn(this.session,this.edge(),this.ahead())))}onSaved(e){this.editing=!1,this.session=e,this.load()}onNote(e){if(this.noteAt=null,!this.history)return;let t=[...this.history.annotations,e].sort((n,r)=>n.ts-r.ts);this.history={...this.history,annotations:t}}render(){let e=this.fmt(this.hass.locale,this.hass.config.time_zone);return!this.session||!this.history?y`<div class="card" role="status">
        ${this.error?y`<span class="error">${this.error}</span>`:this.t("detail.loading")}
      </div>`:y`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${t=>this.session=t.detail}
        @session-error=${t=>this.error=t.detail}
        @session-edit=${()=>this.editing=!0}
      ></brewpit-session-head>
      ${this.editing?y`<brewpit-session-form
              .hass=${this.hass}
              .session=${this.session}
              @session-saved=${t=>this.onSaved(t.detail)}
              @form-closed=${()=>this.editing=!1}
            ></brewpit-session-form>`:A}
      ${this.renderChart(this.session,e)}
      <div class="columns">
        <brewpit-session-figures
          .figures=${this.figures(this.history,this.temp)}
          .theme=${this.theme(this.hass.themes?.darkMode??!1)}
          .formatters=${e}
          .t=${this.t}
          .nodeOf=${this.nodeOf}
          ?zoomed=${!!this.view.range}
        ></brewpit-session-figures>
        <brewpit-session-notes
          .hass=${this.hass}
          .sessionId=${this.session.id}
          .annotations=${this.history.annotations}
          .at=${this.noteAt}
          .formatters=${e}
          .t=${this.t}
          @note-added=${t=>this.onNote(t.detail)}
          @note-at-cleared=${()=>this.noteAt=null}
        ></brewpit-session-notes>
      </div>`}renderChart(e,t){let n=this.t,r=this.history,o=this.model(r,this.temp),l=Math.floor(this.now/6e4),c=this.visible(),u=this.hass.locale.time_zone==="server"?this.hass.config.time_zone:void 0;return y`<section class="card" aria-label=${n("detail.chart")}>
      <div class="toolbar chart-tools">
        ${this.renderTools(e)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(c,t)}
          ${r.series.some(p=>p.downsampled)?` · ${n("detail.downsampled")}`:""}
        </span>
      </div>
      ${o.series.length===0?y`<p class="muted">${n("detail.no_channels")}</p>`:y`<brewpit-chart
              .model=${o}
              .extras=${this.extras(this.estimates,r.series,this.temp,t,n,l)}
              .xRange=${this.xRange(c?.from,c?.to)}
              .formatters=${t}
              .t=${n}
              .detail=${this.detailOf}
              .timeZone=${u}
              ?dark=${this.hass.themes?.darkMode??!1}
              .height=${this.narrow?260:380}
              label=${n("detail.chart_of",{name:e.name})}
              @range-changed=${this.onRangeChanged}
              @reset-zoom=${()=>this.choose(null)}
              @chart-pan=${p=>this.pan(p.detail.fraction)}
              @chart-zoom=${p=>this.zoom(p.detail.factor)}
              @chart-click=${this.onChartClick}
            ></brewpit-chart>`}
    </section>`}renderTools(e){let t=this.t,n=e.status==="active"&&!this.view.follow;return y`<button
        class="icon"
        aria-label=${t("detail.pan_earlier")}
        @click=${()=>this.pan(-.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${t("detail.pan_later")} @click=${()=>this.pan(.25)}>
        ›
      </button>
      <button class="icon" aria-label=${t("detail.zoom_in")} @click=${()=>this.zoom(.5)}>
        +
      </button>
      <button class="icon" aria-label=${t("detail.zoom_out")} @click=${()=>this.zoom(2)}>
        −
      </button>
      ${e.status==="active"?y`<button
              class=${n?"primary":""}
              ?disabled=${!n&&!this.view.range}
              @click=${()=>this.choose(null)}
            >
              ${t("detail.back_to_live")}
            </button>`:y`<button ?disabled=${!this.view.range} @click=${()=>this.choose(null)}>
              ${t("detail.reset_zoom")}
            </button>`}`}rangeLabel(e,t){let n=this.t;return this.session?.status==="active"&&this.view.follow?this.view.range?n("detail.range_live_window",{duration:rs(this.view.range.to-this.view.range.from,n)}):n("detail.range_live"):e&&this.view.range?`${t.dateTime(e.from)} – ${t.dateTime(e.to)}`:n("detail.range_whole")}};et.styles=[we,Ts],b([z({attribute:!1})],et.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],et.prototype,"narrow",2),b([z()],et.prototype,"sessionId",2),b([R()],et.prototype,"session",2),b([R()],et.prototype,"history",2),b([R()],et.prototype,"view",2),b([R()],et.prototype,"estimates",2),b([R()],et.prototype,"series",2),b([R()],et.prototype,"error",2),b([R()],et.prototype,"noteAt",2),b([R()],et.prototype,"editing",2),b([R()],et.prototype,"now",2),b([bi("brewpit-chart")],et.prototype,"chart",2),et=b([pe("brewpit-session-detail")],et);var Bc="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",ed="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z",td="M17.66 11.2C17.43 10.9 17.15 10.64 16.89 10.38C16.22 9.78 15.46 9.35 14.82 8.72C13.33 7.26 13 4.85 13.95 3C13 3.23 12.17 3.75 11.46 4.32C8.87 6.4 7.85 10.07 9.07 13.22C9.11 13.32 9.15 13.42 9.15 13.55C9.15 13.77 9 13.97 8.8 14.05C8.57 14.15 8.33 14.09 8.14 13.93C8.08 13.88 8.04 13.83 8 13.76C6.87 12.33 6.69 10.28 7.45 8.64C5.78 10 4.87 12.3 5 14.47C5.06 14.97 5.12 15.47 5.29 15.97C5.43 16.57 5.7 17.17 6 17.7C7.08 19.43 8.95 20.67 10.96 20.92C13.1 21.19 15.39 20.8 17.03 19.32C18.86 17.66 19.5 15 18.56 12.72L18.43 12.46C18.22 12 17.66 11.2 17.66 11.2Z",sd="M4 4h12v3h2a3 3 0 0 1 3 3v4a3 3 0 0 1-3 3h-2v2a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4zm12 5v6h2a1 1 0 0 0 1-1v-4a1 1 0 0 0-1-1h-2z";function on(s,i=!1){return y`<svg class=${i?"icon flip":"icon"} viewBox="0 0 24 24" aria-hidden="true">
    <path d=${s}></path>
  </svg>`}var Up=300;function Fp(s,i,e,t=le("en")){let n=[t("list.channels",{count:s.channels.length})],r=Ue("temperature","°C",e),o=s.summary?.channels??[];if(o.length)for(let l of o.filter(c=>c.role!=="ambient").slice(0,3))l.role==="gravity"?n.push(`${l.label} ${i.number(l.last_value,3)}`):l.max!=null&&n.push(t("list.max",{label:l.label,value:`${i.number(r.toDisplay(l.max),1)} ${r.unit}`}));else{let l=s.channels.filter(c=>c.target!=null&&c.role!=="gravity");for(let c of l.slice(0,2))n.push(`${c.label??c.role} → ${i.number(r.toDisplay(c.target),0)} ${r.unit}`)}return s.og!=null&&n.push(t("detail.og",{value:i.number(s.og,3)})),s.recipe&&n.push(s.recipe),n}var mt=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.sessions=[];this.loaded=!1;this.error="";this.kind="";this.status="";this.q="";this.selected=new Set;this.creating=!1;this.seq=0;this.fmt=de(Xe)}connectedCallback(){super.connectedCallback(),this.hass&&this.load()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.searchTimer)}willUpdate(e){e.has("hass")&&!e.get("hass")&&this.hass&&!this.loaded&&this.load()}async load(){let e=++this.seq,t={...this.kind?{kind:this.kind}:{},...this.status?{status:this.status}:{},...this.q.trim()?{q:this.q.trim()}:{}};try{let n=await Ci(this.hass,t);if(e!==this.seq)return;this.sessions=[...n].sort((r,o)=>o.started_at-r.started_at),this.error=""}catch(n){e===this.seq&&(this.error=ce(n))}finally{e===this.seq&&(this.loaded=!0)}}setFilter(e){e.kind!==void 0&&(this.kind=e.kind),e.status!==void 0&&(this.status=e.status),this.load()}onSearch(e){this.q=e.target.value,clearTimeout(this.searchTimer),this.searchTimer=setTimeout(()=>{this.load()},Up)}open(e){ee(this,"brewpit-navigate",{path:`/session/${encodeURIComponent(e)}`})}toggle(e,t){let n=new Set(this.selected);t?n.add(e):n.delete(e),this.selected=n}compare(){let e=this.sessions.filter(t=>this.selected.has(t.id)).map(t=>t.id);ee(this,"brewpit-navigate",{path:`/compare?ids=${e.map(encodeURIComponent).join(",")}`})}onRowKey(e,t){e.target===e.currentTarget&&(e.key==="Enter"||e.key===" ")&&(e.preventDefault(),this.open(t))}get t(){return le(Ie(this.hass))}render(){let e=this.t,t=this.fmt(this.hass.locale,this.hass.config.time_zone),n=Be(this.hass.config.unit_system.temperature),r=Date.now();return y`
      ${this.renderFilters(e)}
      ${this.creating?y`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${o=>this.open(o.detail.id)}
            ></brewpit-session-form>`:A}
      ${this.error?y`<p class="error" role="alert">${this.error}</p>`:A}
      <section class="card list" aria-label=${e("list.sessions")}>
        ${this.loaded?this.sessions.length===0?y`<p class="muted">${e("list.none")}</p>`:y`<div role="list">
                  ${this.sessions.map(o=>this.renderRow(o,t,n,r,e))}
                </div>`:y`<p class="muted" role="status">${e("list.loading")}</p>`}
      </section>
    `}renderFilters(e){return y`<section class="card" aria-label=${e("list.filters")}>
      <div class="toolbar filters">
        <label>
          <span class="visually-hidden">${e("list.search_label")}</span>
          <input
            type="search"
            placeholder=${e("list.search")}
            .value=${this.q}
            @input=${this.onSearch}
          />
        </label>
        <label>
          ${e("form.kind")}
          <select
            aria-label=${e("form.kind")}
            @change=${t=>this.setFilter({kind:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="cook" ?selected=${this.kind==="cook"}>${e("list.cooks")}</option>
            <option value="brew" ?selected=${this.kind==="brew"}>${e("list.brews")}</option>
          </select>
        </label>
        <label>
          ${e("list.status")}
          <select
            aria-label=${e("list.status")}
            @change=${t=>this.setFilter({status:t.target.value})}
          >
            <option value="">${e("list.all")}</option>
            <option value="active" ?selected=${this.status==="active"}>
              ${e("status.running")}
            </option>
            <option value="ended" ?selected=${this.status==="ended"}>${e("status.ended")}</option>
          </select>
        </label>
        <span class="spacer"></span>
        <button
          ?disabled=${this.selected.size<2}
          @click=${this.compare}
          aria-label=${e("list.compare_label",{count:this.selected.size})}
        >
          ${e("list.compare",{count:this.selected.size})}
        </button>
        ${this.hass.user?.is_admin?y`<button class="primary" @click=${()=>this.creating=!this.creating}>
                ${this.creating?e("common.close"):e("list.new")}
              </button>`:A}
      </div>
    </section>`}renderRow(e,t,n,r,o){let l=rs((e.ended_at??r)-e.started_at,o),c=e.status==="active"?o("status.running"):o("status.ended"),u=e.kind==="cook"?o("kind.cook"):o("kind.brew");return y`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${e.name}, ${u}, ${c}, ${l}`}
      @click=${p=>{p.target.closest(".select")||this.open(e.id)}}
      @keydown=${p=>this.onRowKey(p,e.id)}
    >
      <label class="select" @click=${p=>p.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${o("list.select",{name:e.name})}
          .checked=${this.selected.has(e.id)}
          @change=${p=>this.toggle(e.id,p.target.checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${on(e.kind==="cook"?td:sd)}</span>
      <span class="name">
        <strong>${e.name}</strong>
        <span class="muted figures">${Fp(e,t,n,o).join(" · ")}</span>
      </span>
      <span class="chip ${e.status==="active"?"active":""} status"> ${c} </span>
      <span class="muted started">${t.dateTime(e.started_at)}</span>
      <span class="duration">${l}</span>
    </div>`}};mt.styles=[we,ye`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `],b([z({attribute:!1})],mt.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],mt.prototype,"narrow",2),b([R()],mt.prototype,"sessions",2),b([R()],mt.prototype,"loaded",2),b([R()],mt.prototype,"error",2),b([R()],mt.prototype,"kind",2),b([R()],mt.prototype,"status",2),b([R()],mt.prototype,"q",2),b([R()],mt.prototype,"selected",2),b([R()],mt.prototype,"creating",2),mt=b([pe("brewpit-sessions-list")],mt);function id(s,i=""){let e=(s??"").split("?")[0].split("/").filter(Boolean),t=new URLSearchParams((s??"").includes("?")?s.split("?")[1]:i);switch(e[0]){case"session":return e[1]?{view:"session",id:decodeURIComponent(e[1])}:{view:"sessions"};case"compare":{let n=(t.get("ids")??"").split(",").map(r=>r.trim()).filter(Boolean);return{view:"compare",ids:[...new Set(n)]}}case"live":case"devices":case"hydrometers":return{view:e[0]};default:return{view:"sessions"}}}var gs=class extends ie{constructor(){super(...arguments);this.narrow=!1;this.parsed=de((e,t)=>id(e,t))}get view(){return this.parsed(this.route?.path,window.location.search)}go(e){hc(`${this.route?.prefix??"/brewpit"}${e}`)}onNavigate(e){e.stopPropagation(),this.go(e.detail.path)}render(){if(!this.hass)return A;let e=this.view,t=this.hass.dockedSidebar,n=this.narrow||t==="always_hidden",r=le(Ie(this.hass)),o=this.panel?.title||"Brewpit",l=e.view==="session"||e.view==="compare";return y`
      <header class="toolbar-top">
        ${n?y`<button
                class="icon-btn"
                aria-label=${r("panel.open_sidebar")}
                @click=${()=>ee(this,"hass-toggle-menu")}
              >
                ${on(Bc)}
              </button>`:A}
        ${l?y`<button
                class="icon-btn"
                aria-label=${r("panel.back")}
                @click=${()=>this.go("/sessions")}
              >
                ${on(ed,!0)}
              </button>`:A}
        <h1>${o}</h1>
        <nav aria-label=${r("panel.views")}>
          ${this.navLink("/sessions",e.view==="sessions",r("panel.sessions"))}
          ${this.navLink("/live",e.view==="live",r("panel.live"))}
          ${this.hass.user?.is_admin?y`${this.navLink("/devices",e.view==="devices",r("panel.devices"))}
                ${this.navLink("/hydrometers",e.view==="hydrometers",r("panel.hydrometers"))}`:A}
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(e)}</main>
    `}navLink(e,t,n){return y`<a
      href=${`${this.route?.prefix??""}${e}`}
      aria-current=${t?"page":"false"}
      @click=${r=>this.link(r,e)}
      >${n}</a
    >`}link(e,t){let n=e;n.ctrlKey||n.metaKey||n.shiftKey||n.button>0||(e.preventDefault(),this.go(t))}renderView(e){switch(e.view){case"session":return y`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${e.id}
        ></brewpit-session-detail>`;case"compare":return y`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${e.ids}
        ></brewpit-compare>`;case"live":return y`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;case"devices":return y`<brewpit-devices .hass=${this.hass} ?narrow=${this.narrow}></brewpit-devices>`;case"hydrometers":return y`<brewpit-hydrometers
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-hydrometers>`;default:return y`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`}}};gs.styles=[we,ye`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      :host([narrow]) nav a {
        padding-inline: 8px;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `],b([z({attribute:!1})],gs.prototype,"hass",2),b([z({type:Boolean,reflect:!0})],gs.prototype,"narrow",2),b([z({attribute:!1})],gs.prototype,"route",2),b([z({attribute:!1})],gs.prototype,"panel",2),gs=b([pe("brewpit-panel")],gs);export{gs as BrewpitPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
